// The window's side of files: which tab a file goes to; reading and writing are the file
// controller's.
#include "ui/window/mainwindow.h"

#include "core/document/document.h"
#include "ui/common/finishediting.h"
#include "ui/session/editsession.h"
#include "ui/submit/submitcontroller.h"
#include "ui/window/documentview.h"
#include "ui/window/filecontroller.h"
#include "ui/window/readahead.h"
#include "ui/window/recentfiles.h"
#include "ui/window/recoverycontroller.h"
#include "ui/window/updatetargetprompt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <utility>

namespace leadopp::ui {

RecentFiles *MainWindow::recentFiles() const
{
    return m_files->recentFiles();
}

int MainWindow::indexOfFile(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (viewAt(i)->sourcePath() == absolute || viewAt(i)->document()->filePath() == absolute)
            return i;
    }
    return -1;
}

bool MainWindow::openFile(const QString &path)
{
    const int existing = indexOfFile(path);
    if (existing >= 0) {
        m_tabs->setCurrentIndex(existing);
        return true;
    }
    DocumentView *pristine = currentView() && currentView()->isPristine() ? currentView() : nullptr;
    DocumentView *view = m_files->read(path, m_readAhead.get());
    if (!view)
        return false;
    addView(view);
    if (pristine)
        closeTab(m_tabs->indexOf(pristine));
    // The keys go to the draft at once (the window's focus otherwise stayed on the bar of
    // open files, where Tab and Ctrl+PageDown did nothing).
    view->focusSectionTabs();
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    askUpdateTarget(view);
    return true;
}

bool MainWindow::openFileReplacing(const QString &path)
{
    DocumentView *old = currentView();
    if (old && (!confirmCloseWhileSubmitting(old) || !m_files->maybeSave(old)))
        return false;
    DocumentView *view = m_files->read(path);
    if (!view)
        return false;
    replaceView(old, view);
    view->focusSectionTabs();
    askUpdateTarget(view);
    return true;
}

// Once the body shows in its tab, so the rep sees what the question is about: for a file
// named at start, once the window is shown and painted.
void MainWindow::askUpdateTarget(DocumentView *view)
{
    if (!m_updateTarget)
        return;
    if (m_opening)
        m_askWhenShown.append(view);
    else
        m_updateTarget->ask(view);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_askWhenShown.isEmpty())
        return;
    QTimer::singleShot(0, this, [this] {
        for (const QPointer<DocumentView> &view : std::exchange(m_askWhenShown, {})) {
            if (view)
                m_updateTarget->ask(view);
        }
    });
}

// The new view takes the old one's place in the tab bar.
void MainWindow::replaceView(DocumentView *old, DocumentView *view)
{
    const int index = old ? m_tabs->indexOf(old) : -1;
    const int added = addView(view);
    if (index < 0)
        return;
    m_tabs->tabBar()->moveTab(added, index);
    removeView(old);
    m_tabs->setCurrentWidget(view);
}

// "Reload" over a file changed on disk: the file as it is now replaces the draft's edits.
void MainWindow::reload(DocumentView *old)
{
    if (m_tabs->indexOf(old) < 0)
        return; // closed meanwhile
    if (DocumentView *view = m_files->read(old->document()->filePath()))
        replaceView(old, view);
}

void MainWindow::chooseAndOpen(bool replacing)
{
    const QString path
        = m_files->chooseFileToOpen(currentView() ? currentView()->sourcePath() : QString());
    if (path.isEmpty())
        return;
    if (replacing)
        openFileReplacing(path);
    else
        openFile(path);
}

bool MainWindow::save()
{
    return m_files->save(currentView());
}

bool MainWindow::saveAs()
{
    return m_files->saveAs(currentView());
}

bool MainWindow::exportBody(core::ExportMode mode)
{
    // The update body is what Submit would send: the changes, or the whole record.
    return m_files->exportBody(currentView(), mode,
                               m_submit ? m_submit->patchScope() : core::PatchScope::Changes);
}

void MainWindow::removeView(DocumentView *view)
{
    m_recovery->forget(view);
    m_files->release(view);
    m_undoGroup->removeStack(view->session()->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(view));
    delete view;
}

void MainWindow::closeTab(int index)
{
    DocumentView *view = viewAt(index);
    if (!view || !confirmCloseWhileSubmitting(view) || !m_files->maybeSave(view))
        return;
    removeView(view);
    if (m_tabs->count() == 0)
        newDocument();
}

// A restored draft takes the place of its file opened as it is on disk, unchanged (the
// editor started on that file): two tabs of one file, the older without the restored work,
// would leave that work one wrong answer away from being saved over.
int MainWindow::offerRecovery()
{
    DocumentView *pristine = currentView() && currentView()->isPristine() ? currentView() : nullptr;
    const QList<DocumentView *> restored = m_recovery->restoreOrphans();
    for (DocumentView *view : restored) {
        if (DocumentView *older = unchangedViewOf(view->document()->filePath()))
            removeView(older);
        m_files->adopt(view);
        addView(view);
    }
    if (pristine && !restored.isEmpty())
        closeTab(m_tabs->indexOf(pristine));
    return int(restored.size());
}

DocumentView *MainWindow::unchangedViewOf(const QString &filePath) const
{
    DocumentView *view = filePath.isEmpty() ? nullptr : viewAt(indexOfFile(filePath));
    return view && !view->session()->isModified() ? view : nullptr;
}

void MainWindow::journalAndClose()
{
    // Without unsaved edits, or with edits whose journal cannot be written (quitting would
    // lose them), the normal close: it asks about them.
    if (!m_recovery->leaveJournals())
        return void(close());
    saveLayout();
    QCoreApplication::exit(0);
}

bool MainWindow::closeCurrent()
{
    QPointer<DocumentView> view = currentView();
    closeTab(m_tabs->currentIndex());
    return view.isNull();
}

} // namespace leadopp::ui
