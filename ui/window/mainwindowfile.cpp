// File handling of the main window: open, save, save as, export, close prompts.
#include "ui/window/mainwindow.h"

#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"
#include "core/document/document.h"
#include "ui/common/finishediting.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/window/documentview.h"
#include "ui/window/filewriter.h"
#include "ui/window/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>

namespace leadopp::ui {

namespace {

QString jsonFilter()
{
    return MainWindow::tr("JSON files (*.json);;All files (*)");
}

QString draftFilter()
{
    return MainWindow::tr("Lead opportunity drafts (*.leadopp.json);;JSON files (*.json);;All "
                          "files (*)");
}

// A request body or a response saved as a draft gets a name of its own next to it.
QString suggestedDraftPath(const DocumentView *view)
{
    if (!view->document()->filePath().isEmpty())
        return view->document()->filePath();
    const QFileInfo source(view->sourcePath());
    if (view->sourcePath().isEmpty())
        return QDir::home().filePath(QStringLiteral("lead-opportunity.leadopp.json"));
    QString base = source.completeBaseName();
    if (base.endsWith(QLatin1String(".leadopp")))
        base.chop(8);
    return source.dir().filePath(base + QStringLiteral(".leadopp.json"));
}

} // namespace

DocumentView *MainWindow::readFile(const QString &path)
{
    const core::ReadResult result = core::readDocumentFile(path);
    if (!result.ok) {
        Prompt::warning(
            this, tr("Cannot open file"),
            tr("%1 could not be opened.\n%2").arg(QDir::toNativeSeparators(path), result.error));
        return nullptr;
    }
    m_recent->add(path);
    return new DocumentView(result.draft, result.shape, QFileInfo(path).absoluteFilePath());
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
    DocumentView *view = readFile(path);
    if (!view)
        return false;
    addView(view);
    if (pristine)
        closeTab(m_tabs->indexOf(pristine));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::openFileReplacing(const QString &path)
{
    DocumentView *old = currentView();
    if (old && (!confirmCloseWhileSubmitting(old) || !maybeSave(old)))
        return false;
    const int index = old ? m_tabs->indexOf(old) : -1;
    DocumentView *view = readFile(path);
    if (!view)
        return false;
    const int added = addView(view);
    if (index >= 0) {
        m_tabs->tabBar()->moveTab(added, index);
        m_undoGroup->removeStack(old->session()->undoStack());
        m_tabs->removeTab(m_tabs->indexOf(old));
        delete old;
        m_tabs->setCurrentWidget(view);
    }
    return true;
}

void MainWindow::chooseAndOpen(bool replacing)
{
    const QString dir
        = currentView() ? QFileInfo(currentView()->sourcePath()).absolutePath() : QString();
    const QString path
        = Prompt::openFileName(this, tr("Open lead opportunity"), dir, draftFilter());
    if (path.isEmpty())
        return;
    if (replacing)
        openFileReplacing(path);
    else
        openFile(path);
}

bool MainWindow::maybeSave(DocumentView *view)
{
    finishEditing();
    if (!view || !view->session()->isModified())
        return true;
    const auto answer = Prompt::question(
        this, tr("Unsaved changes"),
        tr("“%1” has unsaved changes. Save them first?").arg(view->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    m_tabs->setCurrentWidget(view);
    return save();
}

bool MainWindow::saveTo(DocumentView *view, const QString &path)
{
    const QString error = writeFileAtomically(path, core::writeDraft(view->document()->draft()));
    if (!error.isEmpty()) {
        Prompt::warning(this, tr("Save failed"), error);
        return false;
    }
    view->document()->setFilePath(QFileInfo(path).absoluteFilePath());
    view->session()->markSaved();
    m_recent->add(path);
    updateTitle();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save()
{
    finishEditing(); // what is being typed is part of what is written
    DocumentView *view = currentView();
    if (!view)
        return false;
    if (view->document()->filePath().isEmpty())
        return saveAs();
    return saveTo(view, view->document()->filePath());
}

bool MainWindow::saveAs()
{
    finishEditing(); // what is being typed is part of what is written
    DocumentView *view = currentView();
    if (!view)
        return false;
    const QString path
        = Prompt::saveFileName(this, tr("Save draft"), suggestedDraftPath(view), draftFilter());
    return !path.isEmpty() && saveTo(view, path);
}

bool MainWindow::exportBody(core::ExportMode mode)
{
    finishEditing(); // what is being typed is part of what is written
    DocumentView *view = currentView();
    if (!view)
        return false;
    view->session()->settleValidation(); // the rules across rows decide "has errors" too
    const bool create = mode == core::ExportMode::Create;
    if (core::hasErrors(view->session()->findings())) {
        const auto answer = Prompt::question(
            this, tr("Export with errors"),
            tr("The draft still has validation errors; the server will probably refuse "
               "this body. Export it anyway?"),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const QFileInfo base(suggestedDraftPath(view));
    const QString suggested = base.dir().filePath(
        base.completeBaseName().section(u'.', 0, 0)
        + (create ? QStringLiteral(".post.json") : QStringLiteral(".patch.json")));
    const QString path = Prompt::saveFileName(
        this, create ? tr("Export POST body") : tr("Export PATCH body"), suggested, jsonFilter());
    if (path.isEmpty())
        return false;
    const QString error
        = writeFileAtomically(path, core::exportBody(view->document()->record(), mode));
    if (!error.isEmpty()) {
        Prompt::warning(this, tr("Export failed"), error);
        return false;
    }
    statusBar()->showMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

void MainWindow::closeTab(int index)
{
    DocumentView *view = viewAt(index);
    if (!view || !confirmCloseWhileSubmitting(view) || !maybeSave(view))
        return;
    m_undoGroup->removeStack(view->session()->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(view));
    delete view;
    if (m_tabs->count() == 0)
        newDocument();
}

bool MainWindow::closeCurrent()
{
    QPointer<DocumentView> view = currentView();
    closeTab(m_tabs->currentIndex());
    return view.isNull();
}

} // namespace leadopp::ui
