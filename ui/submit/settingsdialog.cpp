#include "ui/submit/settingsdialog.h"

#include "net/credentialstore.h"
#include "net/environmentstore.h"
#include "ui/widgets/languagechooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

    m_timeout = new QSpinBox;
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setRange(1, 600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(qMax(1, m_environments->timeoutMs() / 1000));
    connect(m_timeout, &QSpinBox::valueChanged, m_environments,
            [this](int seconds) { m_environments->setTimeoutMs(seconds * 1000); });
    form->addRow(tr("Request timeout:"), m_timeout);
    form->addRow(tr("Language:"), new LanguageChooser);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sessionNotice);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_credentials, &net::CredentialStore::keyRead, this, &SettingsDialog::onKeyRead);
    connect(m_credentials, &net::CredentialStore::keyWritten, this, &SettingsDialog::onKeyWritten);
    connect(m_credentials, &net::CredentialStore::keyDeleted, this, &SettingsDialog::onKeyDeleted);
    connect(m_environmentCombo, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::onEnvironmentChanged);
    selectEnvironment(m_environments->currentId());
    onEnvironmentChanged();
}

void SettingsDialog::buildKeyGroup(QFormLayout *form)
{
    m_environmentCombo = new QComboBox;
    m_environmentCombo->setObjectName(QStringLiteral("settingsEnvironmentCombo"));
    const QList<net::Environment> environments = m_environments->environments();
    for (const net::Environment &environment : environments)
        m_environmentCombo->addItem(environment.displayName, environment.id);
    form->addRow(tr("Environment:"), m_environmentCombo);

    m_keyEdit = new QLineEdit;
    m_keyEdit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_keyEdit->setEchoMode(QLineEdit::Password);
    m_keyEdit->setPlaceholderText(tr("Type a new API key"));
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
    form->addRow(tr("API key:"), keyRow);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("keyStatusLabel"));
    form->addRow(QString(), m_status);

    m_sessionNotice = new QLabel(sessionOnlyText());
    m_sessionNotice->setObjectName(QStringLiteral("sessionOnlyNotice"));
    m_sessionNotice->setWordWrap(true);
    m_sessionNotice->setVisible(false);
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
        m_status->setText(ok ? tr("The key is stored.") : tr("The key could not be stored."));
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
