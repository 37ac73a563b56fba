// The German and French catalogues: embedded in leadopp_core, complete, and faithful to the
// placeholders and accelerators of their sources.
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

const char *const kLanguages[] = { "de", "fr" };

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

TEST(Translations, loadByLocale_findsGermanAndFrenchButNoEnglishCatalogue)
{
    // The same call as the CLI and editor mains: English runs on the source texts.
    const auto loads = [](const QLocale &locale) {
        QTranslator translator;
        return translator.load(locale, QStringLiteral("leadopp"), QStringLiteral("_"),
                               QStringLiteral(":/i18n"));
    };
    EXPECT_TRUE(loads(QLocale(QLocale::German, QLocale::Germany)));
    EXPECT_TRUE(loads(QLocale(QLocale::German, QLocale::Switzerland)));
    EXPECT_TRUE(loads(QLocale(QLocale::French, QLocale::France)));
    EXPECT_TRUE(loads(QLocale(QLocale::French, QLocale::Canada)));
    EXPECT_FALSE(loads(QLocale(QLocale::English, QLocale::UnitedStates)));
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
            ASSERT_EQ(message.translations.size(), message.numerus ? 2 : 1)
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
