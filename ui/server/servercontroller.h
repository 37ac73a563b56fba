#pragma once

#include "core/document/draft.h"
#include "core/document/refreshmerge.h"
#include "ui/session/editsession.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace leadopp::net {
class ApiClient;
class CredentialStore;
class EnvironmentStore;
} // namespace leadopp::net

namespace leadopp::ui {

class DocumentView;
class EditSession;
class FindLeadsDialog;
class LeadFetch;
class OpenFromServerDialog;
class RefreshDialog;
class ServerAccess;

/// The fetch side of the window: File ▸ Open from Server (openFromServerAction), Find
/// Leads (findLeadsAction) and Refresh from Server (refreshFromServerAction, enabled when
/// the current draft has a base and a 3DS id). Fetched leads come out as drafts based on
/// the server copy (draftFetched) for the window to open as tabs. A refresh whose server
/// copy did not change since the base only dates the base anew; otherwise the rep picks
/// per field in a RefreshDialog and the outcome is one undo step.
class ServerController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerController)

public:
    ServerController(net::ApiClient *client, net::EnvironmentStore *environments,
                     net::CredentialStore *credentials, QWidget *dialogParent,
                     QObject *parent = nullptr);
    ~ServerController() override;

    QAction *openAction() const { return m_openAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    /// The draft Refresh applies to (the current tab's); null for none.
    void setView(DocumentView *view);

    /// Window-modal dialogs, deleted when closed.
    OpenFromServerDialog *showOpenFromServer();
    FindLeadsDialog *showFindLeads();
    /// The refresh dialog while it is open (null otherwise).
    RefreshDialog *refreshDialog() const;
    /// The last refresh's outcome in plain words (also shown in the draft's banner).
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void draftFetched(const leadopp::core::Draft &draft);
    /// A refresh of `session`'s draft ended (`ok` false: it failed or was cancelled).
    void outcome(leadopp::ui::EditSession *session, const QString &message, bool ok);

private:
    void createActions();
    void updateRefreshAction();
    void onServerCopy(const core::Draft &server);
    void onRefreshFailed(const QString &message);
    void dateBaseAnew(const core::ServerBase &server);
    void askAndApply(const core::ServerBase &server);
    void applyChoices(const core::ServerBase &server, const QList<core::RefreshChoice> &choices);
    void finishRefresh(const QString &message, bool ok);

    ServerAccess *m_access;
    LeadFetch *m_refreshFetch;
    QPointer<QWidget> m_dialogParent;
    QPointer<DocumentView> m_view;
    QPointer<DocumentView> m_refreshing; ///< the draft whose refresh is under way
    QPointer<RefreshDialog> m_refreshDialog;
    QAction *m_openAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QString m_lastMessage;
};

} // namespace leadopp::ui
