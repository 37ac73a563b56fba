// The window's side of the server: where the fetch actions sit in the File menu, and
// where a fetched lead opens.
#include "ui/window/mainwindow.h"

#include "core/document/document.h"
#include "ui/binding/editorguard.h"
#include "ui/server/servercontroller.h"
#include "ui/window/documentview.h"

#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace leadopp::ui {

// Right after Open Recent: the three ways to get a lead are together, and Refresh sits with
// them as the way to get it again.
void MainWindow::createServer(const Services &services)
{
    m_server = new ServerController(services.client, services.environments, services.credentials,
                                    this, this);
    const QList<QAction *> items
        = { m_server->openAction(), m_server->findAction(), m_server->refreshAction() };
    const QList<QAction *> fileItems = m_fileMenu->actions();
    const QMenu *recent = findChild<QMenu *>(QStringLiteral("menuRecent"));
    const qsizetype after = recent ? fileItems.indexOf(recent->menuAction()) : -1;
    QAction *before = fileItems.value(after + 1);
    m_fileMenu->insertActions(before, items);
    EditorGuard::reserveActions(items);
    connect(m_server, &ServerController::draftFetched, this, &MainWindow::openFetchedDraft);
    connect(m_server, &ServerController::outcome, this, &MainWindow::showOutcome);
    m_server->setView(currentView());
}

void MainWindow::openFetchedDraft(const core::Draft &draft)
{
    DocumentView *pristine = currentView() && currentView()->isPristine() ? currentView() : nullptr;
    auto *view = new DocumentView(draft, core::InputShape::Draft, QString());
    addView(view);
    if (pristine)
        closeTab(m_tabs->indexOf(pristine));
    view->focusFirstField();
    statusBar()->showMessage(tr("Opened %1 from the server").arg(draft.dsLeadOpportunityId()),
                             4000);
}

} // namespace leadopp::ui
