#include "ui/widgets/languagechooser.h"

#include "core/translators.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace leadopp::ui {

namespace {

// "Deutsch", "日本語", "Italiano": how a rep who reads the language looks for it.
QString nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
}

} // namespace

LanguageChooser::LanguageChooser(QWidget *parent) : QWidget(parent), m_combo(new QComboBox)
{
    setObjectName(QStringLiteral("languageChooser"));
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->addItem(tr("System language"), QString());
    const QStringList languages = core::availableLanguages();
    for (const QString &code : languages)
        m_combo->addItem(nativeName(code), code);
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(core::chosenLanguage())));
    connect(m_combo, &QComboBox::currentIndexChanged, this,
            [this] { core::setChosenLanguage(language()); });

    auto *note = new QLabel(tr("Applies when the editor is started again."));
    note->setObjectName(QStringLiteral("languageRestartNote"));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(note);
    setFocusProxy(m_combo);
}

QString LanguageChooser::language() const
{
    return m_combo->currentData().toString();
}

} // namespace leadopp::ui
