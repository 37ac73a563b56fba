#pragma once

#include <QComboBox>

namespace leadopp::net {
class EnvironmentStore;
}

namespace leadopp::ui {

/// Chooses the environment submissions go to: every environment of the store (built-in
/// sandbox first, production marked, custom URLs last) plus a final "Add custom URL…"
/// entry. Follows and sets EnvironmentStore::currentId().
class EnvironmentCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentCombo)

public:
    explicit EnvironmentCombo(net::EnvironmentStore *store, QWidget *parent = nullptr);

    /// Id of the selected environment (empty while the "add" entry is highlighted).
    QString currentEnvironmentId() const;
    /// Row of the "Add custom URL…" entry (always the last one).
    int addCustomRow() const { return count() - 1; }

    /// Adds `url` as a custom environment and selects it; false (and nothing changes)
    /// when the store refuses the URL.
    bool addCustomUrl(const QUrl &url);

Q_SIGNALS:
    /// A URL typed after "Add custom URL…" could not be used (the user was told).
    void customUrlRefused(const QString &text);

private:
    void rebuild();
    void selectCurrent();
    void onActivated(int row);
    void askForCustomUrl();
    void onCustomUrlEntered(const QString &text);

    net::EnvironmentStore *m_store;
};

} // namespace leadopp::ui
