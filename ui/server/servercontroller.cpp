#include "ui/server/servercontroller.h"

#include "core/document/document.h"
#include "core/document/refreshmerge.h"
#include "ui/common/prompt.h"
#include "ui/server/findleadsdialog.h"
#include "ui/server/openfromserverdialog.h"
#include "ui/server/refreshdialog.h"
#include "ui/server/refreshstep.h"
#include "ui/server/serveraccess.h"
#include "ui/session/editsession.h"
#include "ui/window/documentview.h"

#include <QAction>
#include <QLocale>
#include <QWidget>
#include <algorithm>

namespace leadopp::ui {

namespace {

QString whenText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : ServerController::tr("an unknown time");
}

} // namespace

ServerController::ServerController(net::ApiClient *client, net::EnvironmentStore *environments,
                                   net::CredentialStore *credentials, QWidget *dialogParent,
                                   QObject *parent)
    : QObject(parent), m_access(new ServerAccess(client, environments, credentials, this)),
      m_refreshFetch(new LeadFetch(m_access, this)), m_dialogParent(dialogParent)
{
    createActions();
    connect(m_refreshFetch, &LeadFetch::fetched, this, &ServerController::onServerCopy);
    connect(m_refreshFetch, &LeadFetch::failed, this, &ServerController::onRefreshFailed);
    updateRefreshAction();
}

ServerController::~ServerController() = default;

void ServerController::createActions()
{
    m_openAction = new QAction(tr("Open from Ser&ver…"), this);
    m_openAction->setObjectName(QStringLiteral("openFromServerAction"));
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_openAction->setToolTip(tr("Fetch a lead by its 3DS id or partner opportunity id"));
    connect(m_openAction, &QAction::triggered, this, &ServerController::showOpenFromServer);
    m_findAction = new QAction(tr("&Find Leads…"), this);
    m_findAction->setObjectName(QStringLiteral("findLeadsAction"));
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_findAction->setToolTip(tr("Search leads by modification time or partner opportunity id"));
    connect(m_findAction, &QAction::triggered, this, &ServerController::showFindLeads);
    m_refreshAction = new QAction(tr("Refres&h from Server"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshFromServerAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setToolTip(
        tr("Compare the draft with the current server copy and take what changed there"));
    connect(m_refreshAction, &QAction::triggered, this, &ServerController::refresh);
}

RefreshDialog *ServerController::refreshDialog() const
{
    return m_refreshDialog;
}

void ServerController::setView(DocumentView *view)
{
    if (m_view) {
        disconnect(m_view->document(), nullptr, this, nullptr);
        disconnect(m_view.data(), &DocumentView::readOnlyChanged, this, nullptr);
    }
    m_view = view;
    if (view) {
        const core::Document *document = view->document();
        connect(document, &core::Document::baseChanged, this,
                &ServerController::updateRefreshAction);
        connect(document, &core::Document::documentReset, this,
                &ServerController::updateRefreshAction);
        connect(document, &core::Document::valueChanged, this,
                &ServerController::updateRefreshAction);
        connect(view, &DocumentView::readOnlyChanged, this, &ServerController::updateRefreshAction);
    }
    updateRefreshAction();
}

void ServerController::updateRefreshAction()
{
    const core::Document *document = m_view ? m_view->document() : nullptr;
    // A read-only draft takes no server changes either: its file is edited elsewhere.
    m_refreshAction->setEnabled(document && !m_view->isReadOnly() && !document->base().isNull()
                                && !document->dsLeadOpportunityId().isEmpty()
                                && !m_refreshFetch->isRunning() && !m_refreshDialog);
}

template<typename Dialog> static Dialog *openDialog(Dialog *dialog, ServerController *controller)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &Dialog::draftFetched, controller, &ServerController::draftFetched);
    dialog->open();
    return dialog;
}

OpenFromServerDialog *ServerController::showOpenFromServer()
{
    return openDialog(new OpenFromServerDialog(m_access, m_dialogParent), this);
}

FindLeadsDialog *ServerController::showFindLeads()
{
    return openDialog(new FindLeadsDialog(m_access, m_dialogParent), this);
}

void ServerController::refresh()
{
    if (!m_refreshAction->isEnabled() || !m_view)
        return;
    m_refreshing = m_view;
    const core::Document *document = m_view->document();
    m_refreshFetch->start(m_access->environmentOf(document->base()),
                          document->dsLeadOpportunityId());
    updateRefreshAction();
}

void ServerController::onRefreshFailed(const QString &message)
{
    Prompt::warning(m_dialogParent, tr("Refresh from Server"), message);
    finishRefresh(message, false);
}

void ServerController::onServerCopy(const core::Draft &server)
{
    if (!m_refreshing)
        return finishRefresh(tr("The draft was closed before the server answered."), false);
    if (server.base.record == m_refreshing->document()->base().record)
        return dateBaseAnew(server.base);
    askAndApply(server.base);
}

// Nothing to merge: the base is the server copy still, now known to be current.
void ServerController::dateBaseAnew(const core::ServerBase &server)
{
    const QDateTime before = m_refreshing->document()->base().fetchedAt;
    // No undo step: the server holds this copy whatever the draft does.
    m_refreshing->session()->setBase(server);
    finishRefresh(tr("The server copy has not changed since %1; the draft's base is now "
                     "dated %2.")
                      .arg(whenText(before), whenText(server.fetchedAt)),
                  true);
}

void ServerController::askAndApply(const core::ServerBase &server)
{
    const core::Draft &draft = m_refreshing->document()->draft();
    const QList<core::RefreshField> fields
        = core::refreshFields(draft.base.record, server.record, draft.record);
    if (fields.isEmpty())
        return applyChoices(server, {});
    const int conflicts = int(std::count_if(fields.cbegin(), fields.cend(), [](const auto &f) {
        return f.side == core::RefreshField::Both;
    }));
    const QString intro
        = tr("%1 changed on the server since %2. Choose for each field whether to take the "
             "server's value or keep yours.")
              .arg(draft.dsLeadOpportunityId(), whenText(draft.base.fetchedAt))
        + (conflicts > 0 ? QLatin1Char(' ')
                   + tr("%n field(s) changed on both sides and need a choice before "
                        "applying.",
                        "", conflicts)
                         : QString());
    m_refreshDialog = new RefreshDialog(fields, intro, m_dialogParent);
    m_refreshDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_refreshDialog, &QDialog::accepted, this,
            [this, server] { applyChoices(server, m_refreshDialog->choices()); });
    connect(m_refreshDialog, &QDialog::rejected, this, [this] {
        finishRefresh(tr("Refresh cancelled: the draft and its base are unchanged."), false);
    });
    m_refreshDialog->open();
    updateRefreshAction();
}

// No choices at all: the server changed only what the draft does not send (its dates),
// and the base alone moves on.
void ServerController::applyChoices(const core::ServerBase &server,
                                    const QList<core::RefreshChoice> &choices)
{
    if (!m_refreshing)
        return finishRefresh(tr("The draft was closed before the refresh was applied."), false);
    const core::Draft refreshed
        = core::applyRefresh(m_refreshing->document()->draft(), server, choices);
    const bool complete = applyRefreshStep(m_refreshing->session(), refreshed,
                                           m_refreshAction->text().remove(u'&'));
    const int taken = int(std::count_if(choices.cbegin(), choices.cend(),
                                        [](const auto &choice) { return choice.takeServer; }));
    QString message = choices.isEmpty()
        ? tr("The server copy changed only in what a draft does not send (its dates); the "
             "base is the server copy now. Undo takes the refresh back.")
        // Each count in its own message: a plural follows one number.
        : tr("Refreshed from the server: %1, %2; the base is the server copy now. Undo takes "
             "the refresh back.")
              .arg(tr("%n value(s) taken from the server", nullptr, taken),
                   tr("%n kept as in the draft", nullptr, int(choices.size()) - taken));
    if (!complete)
        message += QLatin1Char(' ') + tr("Some values could not be set; check the draft.");
    finishRefresh(message, complete);
}

void ServerController::finishRefresh(const QString &message, bool ok)
{
    m_lastMessage = message;
    m_refreshDialog = nullptr;
    if (m_refreshing)
        Q_EMIT outcome(m_refreshing->session(), message, ok);
    m_refreshing = nullptr;
    updateRefreshAction();
}

} // namespace leadopp::ui
