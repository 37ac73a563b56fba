#include "ui/submit/settingsdialog.h"

#include "net/credentialstore.h"
#include "net/environmentstore.h"
#include "ui/common/mnemonics.h"
#include "ui/widgets/languagechooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace leadopp::ui {

SettingsDialog::SettingsDialog(net::EnvironmentStore *environments,
                               net::CredentialStore *credentials, QWidget *parent)
    : QDialog(parent), m_environments(environments), m_credentials(credentials)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    auto *form = new QFormLayout;
    buildKeyGroup(form);
    buildCustomGroup(form);

    buildTimeout(form);
    buildSubmitOptions(form);
    form->addRow(tr("Language:"), new LanguageChooser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sessionNotice);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connectStores();
    selectEnvironment(m_environments->currentId());
    onEnvironmentChanged();
    // No default button: Return in the chooser or a text field presses none, so a stray
    // Return never removes a key or closes the dialog half-done.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    mnemonics::assignInDialog(this);
    m_environmentCombo->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::buildTimeout(QFormLayout *form)
{
    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(qMax(1, m_environments->timeoutMs() / 1000));
    connect(m_timeout, &QSpinBox::valueChanged, m_environments,
            [this](int seconds) { m_environments->setTimeoutMs(seconds * 1000); });
    form->addRow(tr("Request timeout:"), m_timeout);
}

void SettingsDialog::buildSubmitOptions(QFormLayout *form)
{
    auto *review = new QCheckBox(tr("Re&view changes before sending"));
    review->setObjectName(QStringLiteral("reviewBeforeSendingCheck"));
    review->setChecked(m_environments->reviewBeforeSending());
    connect(review, &QCheckBox::toggled, m_environments,
            &net::EnvironmentStore::setReviewBeforeSending);
    form->addRow(QString(), review);
    auto *age = new QSpinBox;
    age->setObjectName(QStringLiteral("baseMaxAgeSpin"));
    age->setRange(1, 7 * 24 * 60);
    age->setSuffix(tr(" min"));
    age->setValue(m_environments->baseMaxAgeMinutes());
    connect(age, &QSpinBox::valueChanged, m_environments,
            &net::EnvironmentStore::setBaseMaxAgeMinutes);
    form->addRow(tr("Offer a refresh when the server copy is older than:"), age);
}

void SettingsDialog::connectStores()
{
    connect(m_credentials, &net::CredentialStore::keyRead, this, &SettingsDialog::onKeyRead);
    connect(m_credentials, &net::CredentialStore::keyWritten, this, &SettingsDialog::onKeyWritten);
    connect(m_credentials, &net::CredentialStore::keyDeleted, this, &SettingsDialog::onKeyDeleted);
    connect(m_environmentCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::onEnvironmentChanged);
    connect(m_environments, &net::EnvironmentStore::environmentsChanged, this,
            &SettingsDialog::fillEnvironments);
}

void SettingsDialog::buildKeyGroup(QFormLayout *form)
{
    m_environmentCombo = new QComboBox;
    m_environmentCombo->setObjectName(QStringLiteral("settingsEnvironmentCombo"));
    fillEnvironments();
    form->addRow(tr("Environment:"), m_environmentCombo);

    m_keyEdit = new QLineEdit;
    m_keyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Type a new API key"));
    // Wide enough for the hint in every language (the German one is the longest).
    m_keyEdit->setMinimumWidth(
        m_keyEdit->fontMetrics().horizontalAdvance(m_keyEdit->placeholderText())
        + m_keyEdit->fontMetrics().averageCharWidth() * 4);
    m_saveButton = new QPushButton(tr("Save key"));
    m_saveButton->setObjectName(QStringLiteral("saveKeyButton"));
    m_saveButton->setEnabled(false);
    m_removeButton = new QPushButton(tr("Remove key"));
    m_removeButton->setObjectName(QStringLiteral("removeKeyButton"));
    connect(m_keyEdit, &QLineEdit::textChanged, m_saveButton,
            [this](const QString &text) { m_saveButton->setEnabled(!text.isEmpty()); });
    connect(m_keyEdit, &QLineEdit::returnPressed, this, &SettingsDialog::saveKey);
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::saveKey);
    connect(m_removeButton, &QPushButton::clicked, this, &SettingsDialog::removeKey);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyEdit, 1);
    keyRow->addWidget(m_saveButton);
    keyRow->addWidget(m_removeButton);
    auto *keyLabel = new QLabel(tr("API key:"));
    keyLabel->setBuddy(m_keyEdit);
    form->addRow(keyLabel, keyRow);
    buildKeyStatus(form);
}

void SettingsDialog::buildKeyStatus(QFormLayout *form)
{
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("keyStatusLabel"));
    form->addRow(QString(), m_status);

    m_sessionNotice = new QLabel(sessionOnlyText());
    m_sessionNotice->setObjectName(QStringLiteral("sessionOnlyNotice"));
    m_sessionNotice->setWordWrap(true);
    m_sessionNotice->setVisible(false);
}

// Custom base URLs are added and removed here as well as from the tool bar's chooser.
void SettingsDialog::buildCustomGroup(QFormLayout *form)
{
    m_customUrlEdit = new QLineEdit;
    m_customUrlEdit->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrlEdit->setPlaceholderText(QStringLiteral("https://host[:port]"));
    m_addCustomButton = new QPushButton(tr("Add URL"));
    m_addCustomButton->setObjectName(QStringLiteral("addCustomUrlButton"));
    m_addCustomButton->setEnabled(false);
    m_removeCustomButton = new QPushButton(tr("Remove environment"));
    m_removeCustomButton->setObjectName(QStringLiteral("removeCustomUrlButton"));
    connect(
        m_customUrlEdit, &QLineEdit::textChanged, m_addCustomButton,
        [this](const QString &text) { m_addCustomButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_customUrlEdit, &QLineEdit::returnPressed, this, &SettingsDialog::addCustomUrl);
    connect(m_addCustomButton, &QPushButton::clicked, this, &SettingsDialog::addCustomUrl);
    connect(m_removeCustomButton, &QPushButton::clicked, this, &SettingsDialog::removeCustomUrl);
    auto *row = new QHBoxLayout;
    row->addWidget(m_customUrlEdit, 1);
    row->addWidget(m_addCustomButton);
    row->addWidget(m_removeCustomButton);
    auto *urlLabel = new QLabel(tr("Custom URL:"));
    urlLabel->setBuddy(m_customUrlEdit);
    form->addRow(urlLabel, row);
    m_customStatus = new QLabel;
    m_customStatus->setObjectName(QStringLiteral("customUrlStatus"));
    m_customStatus->setWordWrap(true);
    form->addRow(QString(), m_customStatus);
}

void SettingsDialog::fillEnvironments()
{
    const QString selected = m_environmentCombo->currentData().toString();
    const QSignalBlocker blocker(m_environmentCombo);
    m_environmentCombo->clear();
    const QList<net::Environment> environments = m_environments->environments();
    for (const net::Environment &environment : environments)
        m_environmentCombo->addItem(environment.displayName, environment.id);
    const int row = m_environmentCombo->findData(selected);
    m_environmentCombo->setCurrentIndex(qMax(0, row));
    if (m_keyEdit && row < 0)
        onEnvironmentChanged(); // the one shown was removed
}

void SettingsDialog::addCustomUrl()
{
    const QString text = m_customUrlEdit->text().trimmed();
    if (text.isEmpty())
        return;
    const net::Environment added = m_environments->addCustom(QUrl::fromUserInput(text));
    if (!added.isValid()) {
        m_customStatus->setText(tr("“%1” is not a usable http or https base URL.").arg(text));
        return;
    }
    m_customUrlEdit->clear();
    m_customStatus->setText(tr("%1 added.").arg(added.displayName));
    selectEnvironment(added.id);
}

void SettingsDialog::removeCustomUrl()
{
    const net::Environment environment = m_environments->environment(environmentId());
    if (!environment.custom)
        return;
    // Its key would otherwise stay in the keychain with nothing to use it.
    m_credentials->deleteKey(environment.id);
    if (m_environments->removeCustom(environment.id))
        m_customStatus->setText(tr("%1 removed.").arg(environment.displayName));
}

QString SettingsDialog::environmentId() const
{
    return m_environmentCombo->currentData().toString();
}

void SettingsDialog::selectEnvironment(const QString &id)
{
    const int row = m_environmentCombo->findData(id);
    if (row >= 0)
        m_environmentCombo->setCurrentIndex(row);
}

QString SettingsDialog::sessionOnlyText()
{
    return tr("No system keychain answered: the key is kept for this session only");
}

void SettingsDialog::onEnvironmentChanged()
{
    m_keyEdit->clear();
    m_status->setText(tr("Checking the keychain…"));
    const net::Environment environment = m_environments->environment(environmentId());
    if (environment.sandbox)
        m_status->setText(tr("The built-in sandbox needs no key."));
    m_removeCustomButton->setEnabled(environment.custom);
    m_credentials->readKey(environmentId());
}

void SettingsDialog::saveKey()
{
    const QString key = m_keyEdit->text().trimmed();
    m_keyEdit->clear();
    if (key.isEmpty())
        return;
    m_status->setText(tr("Storing the key…"));
    m_credentials->writeKey(environmentId(), key);
}

void SettingsDialog::removeKey()
{
    m_keyEdit->clear();
    m_credentials->deleteKey(environmentId());
}

void SettingsDialog::onKeyRead(const QString &envId, const QString &key, bool ok)
{
    if (envId != environmentId())
        return;
    // Only whether a key exists is shown; the key itself never reaches a widget.
    const bool stored = ok && !key.isEmpty();
    m_removeButton->setEnabled(stored);
    if (stored)
        m_status->setText(tr("A key is stored for this environment."));
    else if (!m_environments->environment(envId).sandbox)
        m_status->setText(tr("No key is stored for this environment."));
}

void SettingsDialog::onKeyWritten(const QString &envId, bool ok, bool sessionOnly)
{
    if (envId == environmentId()) {
        // A key held in memory is not "stored": the notice below says where it is.
        m_status->setText(!ok               ? tr("The key could not be stored.")
                              : sessionOnly ? tr("The key is set.")
                                            : tr("The key is stored."));
        m_removeButton->setEnabled(ok);
    }
    if (ok && sessionOnly)
        m_sessionNotice->setVisible(true);
    Q_EMIT keySaved(envId, ok, sessionOnly);
}

void SettingsDialog::onKeyDeleted(const QString &envId, bool ok)
{
    if (envId != environmentId())
        return;
    m_status->setText(ok ? tr("No key is stored for this environment.")
                         : tr("The key could not be removed."));
    m_removeButton->setEnabled(!ok);
}

} // namespace leadopp::ui
