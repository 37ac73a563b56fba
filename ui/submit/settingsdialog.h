#pragma once

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace leadopp::net {
class CredentialStore;
class EnvironmentStore;
} // namespace leadopp::net

namespace leadopp::ui {

/// Per-environment API keys, custom base URLs, the request timeout and the submit options
/// (review before sending, how old a base may be before a refresh is offered). A key is typed into
/// a password field, handed to the CredentialStore and cleared; it is never read back into
/// a widget. When the store could only keep a key for this session, the dialog says so.
/// It opens with the focus on the environment chooser, and no button is the default: a
/// stray Return never removes anything.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(net::EnvironmentStore *environments, net::CredentialStore *credentials,
                   QWidget *parent = nullptr);

    /// Id of the environment whose key the dialog edits.
    QString environmentId() const;
    void selectEnvironment(const QString &id);

    /// The notice shown when no system keychain answered.
    static QString sessionOnlyText();

Q_SIGNALS:
    /// The store answered a write (`ok` false: nothing was stored).
    void keySaved(const QString &envId, bool ok, bool sessionOnly);

private:
    void buildKeyGroup(QFormLayout *form);
    void buildKeyStatus(QFormLayout *form);
    void buildCustomGroup(QFormLayout *form);
    void buildTimeout(QFormLayout *form);
    void buildSubmitOptions(QFormLayout *form);
    void connectStores();
    void fillEnvironments();
    void onEnvironmentChanged();
    void addCustomUrl();
    void removeCustomUrl();
    void saveKey();
    void removeKey();
    void onKeyRead(const QString &envId, const QString &key, bool ok);
    void onKeyWritten(const QString &envId, bool ok, bool sessionOnly);
    void onKeyDeleted(const QString &envId, bool ok);

    net::EnvironmentStore *m_environments;
    net::CredentialStore *m_credentials;
    QComboBox *m_environmentCombo = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_sessionNotice = nullptr;
    QLineEdit *m_customUrlEdit = nullptr;
    QPushButton *m_addCustomButton = nullptr;
    QPushButton *m_removeCustomButton = nullptr;
    QLabel *m_customStatus = nullptr;
    QSpinBox *m_timeout = nullptr;
};

} // namespace leadopp::ui
