// The German, French, Italian, Spanish and Japanese catalogues: embedded in leadopp_core,
// complete, and faithful to the placeholders, accelerators and enum codes of their sources.
#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/documentreader.h"
#include "core/validation/validator.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

const char *const kLanguages[] = { "de", "fr", "it", "es", "ja" };

// Qt's plural rules: Japanese has one form, the European languages two.
int pluralForms(const char *language)
{
    return qstrcmp(language, "ja") == 0 ? 1 : 2;
}

struct TsMessage {
    QString context;
    QString source;
    bool numerus = false;
    bool finished = true;
    QStringList translations; // one per numerus form, else one
};

QString qmResource(const char *language)
{
    return QStringLiteral(":/i18n/leadopp_") + QLatin1String(language) + QStringLiteral(".qm");
}

QString tsFile(const char *language)
{
    return QDir::cleanPath(QStringLiteral(LEADOPP_TEST_DATA "/../../translations/leadopp_")
                           + QLatin1String(language) + QStringLiteral(".ts"));
}

void readMessage(QXmlStreamReader &xml, const QString &context, QList<TsMessage> &out)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            if (!message.numerus) {
                message.translations.append(xml.readElementText());
                continue;
            }
            while (xml.readNextStartElement())
                message.translations.append(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
    out.append(message);
}

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("message"))
            readMessage(xml, context, messages);
    }
    EXPECT_FALSE(xml.hasError()) << path.toStdString() << ": " << xml.errorString().toStdString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// Counts "&X" accelerators ("&&" is a literal ampersand); the odd non-menu "D&B" counts
// alike in source and translation.
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?=\\w)"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    return int(text.count(pattern));
}

QString describe(const TsMessage &message, const QString &translation)
{
    return message.context + QStringLiteral(" | ") + message.source + QStringLiteral(" -> ")
        + translation;
}

} // namespace

TEST(Translations, everyCatalogue_loadsFromTheEmbeddedResource)
{
    for (const char *language : kLanguages) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(qmResource(language))) << language;
        EXPECT_FALSE(translator.isEmpty());
        EXPECT_TRUE(translator.language().startsWith(QLatin1String(language)))
            << translator.language().toStdString();
    }
}

TEST(Translations, loadByLocale_findsGermanFrenchAndTheEnglishPluralForms)
{
    // The same call as the CLI and editor mains.
    const auto loads = [](const QLocale &locale) {
        QTranslator translator;
        return translator.load(locale, QStringLiteral("leadopp"), QStringLiteral("_"),
                               QStringLiteral(":/i18n"));
    };
    EXPECT_TRUE(loads(QLocale(QLocale::German, QLocale::Germany)));
    EXPECT_TRUE(loads(QLocale(QLocale::German, QLocale::Switzerland)));
    EXPECT_TRUE(loads(QLocale(QLocale::French, QLocale::France)));
    EXPECT_TRUE(loads(QLocale(QLocale::French, QLocale::Canada)));
    EXPECT_TRUE(loads(QLocale(QLocale::English, QLocale::UnitedStates)));
}

// English runs on the source texts: its catalogue gives the plural forms of "%n" messages
// and nothing else.
TEST(Translations, english_holdsPluralFormsAlone)
{
    QTranslator english;
    ASSERT_TRUE(english.load(qmResource("en")));
    EXPECT_EQ(english.translate("leadopp::ui::ErrorDock", "%n error(s)", nullptr, 1),
              QStringLiteral("%n error"));
    EXPECT_EQ(english.translate("leadopp::ui::ErrorDock", "%n error(s)", nullptr, 2),
              QStringLiteral("%n errors"));
    EXPECT_EQ(english.translate("leadopp", "%n warning(s)", nullptr, 0),
              QStringLiteral("%n warnings"));
    EXPECT_EQ(english.translate("Field", "Close date"), QString());
    EXPECT_EQ(english.translate("Validator", "%1 is required."), QString());
}

TEST(Translations, fieldLabelAndValidatorMessage_translate)
{
    QTranslator german;
    ASSERT_TRUE(german.load(qmResource("de")));
    EXPECT_EQ(german.translate("Field", "Close date"), QStringLiteral("Abschlussdatum"));
    EXPECT_EQ(german.translate("Validator", "%1 is required."),
              QStringLiteral("%1 ist erforderlich."));
    QTranslator french;
    ASSERT_TRUE(french.load(qmResource("fr")));
    EXPECT_EQ(french.translate("Field", "Close date"), QStringLiteral("Date de clôture"));
    EXPECT_EQ(french.translate("Validator", "%1 is required."),
              QStringLiteral("%1 est obligatoire."));
}

TEST(Translations, pluralForms_followTheCount)
{
    QTranslator german;
    ASSERT_TRUE(german.load(qmResource("de")));
    EXPECT_EQ(german.translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 1),
              QStringLiteral("%n Warnung"));
    EXPECT_EQ(german.translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 3),
              QStringLiteral("%n Warnungen"));
    QTranslator french;
    ASSERT_TRUE(french.load(qmResource("fr")));
    // French counts zero as singular.
    EXPECT_EQ(french.translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 0),
              QStringLiteral("%n avertissement"));
    EXPECT_EQ(french.translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 2),
              QStringLiteral("%n avertissements"));
}

TEST(Translations, installedGermanCatalogue_translatesRealValidatorFindings)
{
    QTranslator german;
    ASSERT_TRUE(german.load(qmResource("de")));
    ASSERT_TRUE(QCoreApplication::installTranslator(&german));
    const leadopp::core::ReadResult read = leadopp::core::readDocumentFile(
        leadopp::test::dataPath(QStringLiteral("validation/draft-errors.json")));
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    const QList<leadopp::core::Finding> findings = leadopp::core::validateRecord(
        read.draft.record, leadopp::core::defaultExportMode(read.draft.record));
    QCoreApplication::removeTranslator(&german);
    QString closeDate;
    for (const leadopp::core::Finding &finding : findings) {
        if (finding.path == QLatin1String("leadOpportunity.closeDate"))
            closeDate = finding.message;
    }
    EXPECT_TRUE(
        closeDate.startsWith(QStringLiteral("Abschlussdatum muss ein ISO-8601-Zeitstempel")))
        << closeDate.toStdString();
    EXPECT_TRUE(closeDate.contains(QStringLiteral("nicht „date“"))) << closeDate.toStdString();
}

TEST(Translations, everyMessage_isFinishedAndKeepsPlaceholdersAndAccelerators)
{
    for (const char *language : kLanguages) {
        const QList<TsMessage> messages = readTs(tsFile(language));
        ASSERT_GT(messages.size(), 300) << language;
        for (const TsMessage &message : messages) {
            EXPECT_TRUE(message.finished)
                << language << ": " << describe(message, {}).toStdString();
            ASSERT_EQ(message.translations.size(), message.numerus ? pluralForms(language) : 1)
                << language << ": " << describe(message, {}).toStdString();
            for (const QString &translation : message.translations) {
                const std::string what = describe(message, translation).toStdString();
                EXPECT_FALSE(translation.isEmpty()) << language << ": " << what;
                EXPECT_EQ(placeholders(translation), placeholders(message.source))
                    << language << ": " << what;
                EXPECT_EQ(accelerators(translation), accelerators(message.source))
                    << language << ": " << what;
                EXPECT_EQ(translation.endsWith(u'\n'), message.source.endsWith(u'\n'))
                    << language << ": " << what;
            }
        }
    }
}

TEST(Translations, messages_sitUnderTheContextsAskedForAtRunTime)
{
    // moc's tr() asks for the qualified class name; file-local tr() helpers name their own
    // context. A namespace alone ("leadopp::net") is never asked for.
    QTranslator german;
    ASSERT_TRUE(german.load(qmResource("de")));
    EXPECT_EQ(german.translate("leadopp::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
    EXPECT_EQ(german.translate("ApiClient", "The submission was cancelled."),
              QStringLiteral("Die Übermittlung wurde abgebrochen."));
    EXPECT_EQ(german.translate("leadopp submit", "HTTP status: %1\n"),
              QStringLiteral("HTTP-Status: %1\n"));
    static const QRegularExpression bareNamespace(QStringLiteral("^leadopp::\\w+$"));
    for (const TsMessage &message : readTs(tsFile("de")))
        EXPECT_FALSE(bareNamespace.match(message.context).hasMatch())
            << message.context.toStdString();
}

TEST(Translations, bothCatalogues_holdTheSameMessages)
{
    QSet<QString> german;
    for (const TsMessage &message : readTs(tsFile("de")))
        german.insert(message.context + u'\x1f' + message.source);
    QSet<QString> french;
    for (const TsMessage &message : readTs(tsFile("fr")))
        french.insert(message.context + u'\x1f' + message.source);
    EXPECT_EQ(german, french);
}

TEST(Translations, loadByLocale_findsItalianSpanishAndJapanese)
{
    const auto loads = [](const QLocale &locale) {
        QTranslator translator;
        return translator.load(locale, QStringLiteral("leadopp"), QStringLiteral("_"),
                               QStringLiteral(":/i18n"));
    };
    EXPECT_TRUE(loads(QLocale(QLocale::Italian, QLocale::Italy)));
    EXPECT_TRUE(loads(QLocale(QLocale::Italian, QLocale::Switzerland)));
    EXPECT_TRUE(loads(QLocale(QLocale::Spanish, QLocale::Spain)));
    EXPECT_TRUE(loads(QLocale(QLocale::Spanish, QLocale::Mexico)));
    EXPECT_TRUE(loads(QLocale(QLocale::Japanese, QLocale::Japan)));
}

TEST(Translations, italianSpanishJapanese_translateLabelsMessagesAndMenus)
{
    struct Known {
        const char *language;
        const char *closeDate;
        const char *required;
        const char *fileMenu;
    };
    const Known known[] = {
        { "it", "Data di chiusura", "%1 è obbligatorio.", "&File" },
        { "es", "Fecha de cierre", "%1 es obligatorio.", "&Archivo" },
        { "ja", "完了予定日", "%1 は必須です。", "ファイル(&F)" },
    };
    for (const Known &k : known) {
        QTranslator translator;
        ASSERT_TRUE(translator.load(qmResource(k.language)));
        EXPECT_EQ(translator.translate("Field", "Close date"), QString::fromUtf8(k.closeDate));
        EXPECT_EQ(translator.translate("Validator", "%1 is required."),
                  QString::fromUtf8(k.required));
        EXPECT_EQ(translator.translate("leadopp::ui::MainWindow", "&File"),
                  QString::fromUtf8(k.fileMenu));
        // Enum values keep their codes; only their labels are translated.
        EXPECT_NE(translator.translate("EnumValue", "Won"), QString()) << k.language;
    }
}

TEST(Translations, newCatalogues_followTheirLanguagesPluralRules)
{
    QTranslator italian;
    ASSERT_TRUE(italian.load(qmResource("it")));
    EXPECT_EQ(italian.translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 1),
              QStringLiteral("%n avviso"));
    EXPECT_EQ(italian.translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, 0),
              QStringLiteral("%n avvisi")); // Italian counts zero as plural
    QTranslator spanish;
    ASSERT_TRUE(spanish.load(qmResource("es")));
    EXPECT_EQ(spanish.translate("leadopp::ui::ErrorDock", "%n error(s)", nullptr, 1),
              QStringLiteral("%n error"));
    EXPECT_EQ(spanish.translate("leadopp::ui::ErrorDock", "%n error(s)", nullptr, 5),
              QStringLiteral("%n errores"));
    QTranslator japanese;
    ASSERT_TRUE(japanese.load(qmResource("ja")));
    for (const int count : { 0, 1, 2, 7 })
        EXPECT_EQ(japanese.translate("leadopp::ui::ErrorDock", "%n warning(s)", nullptr, count),
                  QStringLiteral("警告 %n 件"));
}

TEST(Translations, enumCodesInMessages_stayCodesInEveryLanguage)
{
    QSet<QString> codes;
    for (const leadopp::core::FieldSpec &spec : leadopp::core::FieldCatalogue::fields()) {
        for (const QString &code : spec.enumValues)
            codes.insert(code);
    }
    static const QRegularExpression word(QStringLiteral("\\b[A-Z][A-Z0-9_]+\\b"));
    for (const char *language : kLanguages) {
        for (const TsMessage &message : readTs(tsFile(language))) {
            for (const QRegularExpressionMatch &match : word.globalMatch(message.source)) {
                if (!codes.contains(match.captured()))
                    continue;
                for (const QString &translation : message.translations)
                    EXPECT_TRUE(translation.contains(match.captured()))
                        << language << ": " << describe(message, translation).toStdString();
            }
        }
    }
}

TEST(Translations, everyCatalogue_holdsTheSameMessagesAsTheGerman)
{
    const auto keys = [](const char *language) {
        QSet<QString> found;
        for (const TsMessage &message : readTs(tsFile(language)))
            found.insert(message.context + u'\x1f' + message.source);
        return found;
    };
    const QSet<QString> german = keys("de");
    for (const char *language : kLanguages)
        EXPECT_EQ(keys(language), german) << language;
}
