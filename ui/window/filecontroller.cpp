#include "ui/window/filecontroller.h"

#include "core/codec/atomicfile.h"
#include "core/codec/documentreader.h"
#include "core/codec/patchbody.h"
#include "core/document/document.h"
#include "core/input/wholetext.h"
#include "ui/common/finishediting.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/window/diskwatch.h"
#include "ui/window/documentview.h"
#include "ui/window/readahead.h"
#include "ui/window/recentfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QRegularExpression>
#include <QStatusBar>

namespace leadopp::ui {

namespace {

QString jsonFilter()
{
    return QCoreApplication::translate("MainWindow", "JSON files (*.json);;All files (*)");
}

QString draftFilter()
{
    return QCoreApplication::translate(
        "MainWindow",
        "Lead opportunity drafts (*.leadopp.json);;JSON files (*.json);;All "
        "files (*)");
}

// A request body or a response saved as a draft gets a name of its own next to it.
QString suggestedDraftPath(const DocumentView *view)
{
    if (!view->document()->filePath().isEmpty())
        return view->document()->filePath();
    const QFileInfo source(view->sourcePath());
    if (view->sourcePath().isEmpty()) { // a new draft, or a lead fetched from the server
        const QString id = view->document()->dsLeadOpportunityId();
        static const QRegularExpression plainId(core::wholeText(QStringLiteral("[A-Za-z0-9-]+")));
        return QDir::home().filePath(
            (plainId.match(id).hasMatch() ? id : QStringLiteral("lead-opportunity"))
            + QStringLiteral(".leadopp.json"));
    }
    QString base = source.completeBaseName();
    if (base.endsWith(QLatin1String(".leadopp")))
        base.chop(8);
    return source.dir().filePath(base + QStringLiteral(".leadopp.json"));
}

// An update body is named after the lead it updates (XJSR-DZMFFT.patch.json): the body
// itself carries no 3DS id, and reopening the file offers the id from its name.
QString suggestedExportPath(const DocumentView *view, core::ExportMode mode)
{
    const QFileInfo base(suggestedDraftPath(view));
    const QString dsId = view->document()->dsLeadOpportunityId();
    static const QRegularExpression fileNameSafe(
        core::wholeText(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]*")));
    if (mode == core::ExportMode::Update && fileNameSafe.match(dsId).hasMatch())
        return base.dir().filePath(dsId + QStringLiteral(".patch.json"));
    return base.dir().filePath(base.completeBaseName().section(u'.', 0, 0)
                               + (mode == core::ExportMode::Create
                                      ? QStringLiteral(".post.json")
                                      : QStringLiteral(".patch.json")));
}

} // namespace

FileController::FileController(QMainWindow *window, QMenu *recentMenu)
    : QObject(window), m_window(window), m_recent(new RecentFiles(recentMenu, this)),
      m_disk(new DiskWatch(this))
{
    connect(m_disk, &DiskWatch::changed, this, &FileController::onChangedOnDisk);
    connect(m_disk, &DiskWatch::removed, this, &FileController::onRemovedFromDisk);
}

void FileController::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, 4000);
}

DocumentView *FileController::read(const QString &path, ReadAhead *ahead)
{
    std::optional<ReadAhead::Taken> taken = ahead ? ahead->take(path) : std::nullopt;
    const core::ReadResult result
        = taken ? taken->read : core::readDocumentFile(path, core::Fingerprint::Take);
    if (!result.ok) {
        Prompt::warning(m_window, QCoreApplication::translate("MainWindow", "Cannot open file"),
                        QCoreApplication::translate("MainWindow", "%1 could not be opened.\n%2")
                            .arg(QDir::toNativeSeparators(path), result.error));
        return nullptr;
    }
    // Validated beside the view's tabs, with the reader's word for its text.
    const PendingValidation validation
        = taken ? taken->validation : validateAside(result.draft.record, result.cleanText);
    auto *view = new DocumentView(result.draft, result.shape, QFileInfo(path).absoluteFilePath(),
                                  nullptr, validation, mnemonics::ofWindowBars(m_window));
    if (!claim(view, true, result.fingerprint)) {
        delete view;
        return nullptr;
    }
    m_recent->add(path);
    showReadWarnings(view, result.warnings);
    return view;
}

void FileController::adopt(DocumentView *view)
{
    claim(view, false);
}

void FileController::release(DocumentView *view)
{
    m_disk->unwatch(view);
    unlockUnused(m_lockedFiles.take(view));
}

// The lock goes once no view of this window holds the file any more.
void FileController::unlockUnused(const QString &path)
{
    if (!path.isEmpty() && !m_lockedFiles.values().contains(path))
        m_locks.release(path);
}

// A view holds the lock of the file it saves to; true when it does (or has none).
bool FileController::lockFor(DocumentView *view, const QString &path)
{
    if (!m_locks.acquire(path))
        return false;
    const QString previous = m_lockedFiles.value(view);
    m_lockedFiles.insert(view, path);
    if (previous != path)
        unlockUnused(previous);
    return true;
}

QString FileController::chooseFileToOpen(const QString &near) const
{
    const QString dir = near.isEmpty() ? QString() : QFileInfo(near).absolutePath();
    return Prompt::openFileName(m_window,
                                QCoreApplication::translate("MainWindow", "Open lead opportunity"),
                                dir, draftFilter());
}

bool FileController::maybeSave(DocumentView *view)
{
    finishEditing();
    if (!view || !view->session()->isModified())
        return true;
    // Each answer has an Alt+letter: Return saves, Escape cancels, and discarding is not
    // left to the one that takes Tab presses to reach.
    const auto answer = Prompt::choose(
        m_window, QCoreApplication::translate("MainWindow", "Unsaved changes"),
        QCoreApplication::translate("MainWindow", "“%1” has unsaved changes. Save them first?")
            .arg(view->displayName()),
        { { QMessageBox::Save, QCoreApplication::translate("MainWindow", "&Save") },
          { QMessageBox::Discard, QCoreApplication::translate("MainWindow", "&Discard Changes") },
          { QMessageBox::Cancel, QCoreApplication::translate("MainWindow", "Cancel") } },
        QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    Q_EMIT frontRequested(view);
    return save(view);
}

bool FileController::saveTo(DocumentView *view, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool sameFile = absolute == view->document()->filePath() && !view->isReadOnly();
    if (sameFile && m_disk->changedOnDisk(view) && !confirmOverwrite(view))
        return false;
    if (!lockFor(view, absolute)) {
        Prompt::warning(m_window, QCoreApplication::translate("MainWindow", "Save failed"),
                        QCoreApplication::translate("MainWindow",
                                                    "“%1” is open for editing in another "
                                                    "editor window (%2). Save under another name.")
                            .arg(QDir::toNativeSeparators(absolute), m_locks.holderOf(absolute)));
        return false;
    }
    const core::FileWriteResult written = core::writeDraftFile(path, view->document()->draft());
    if (!written.ok) {
        Prompt::warning(m_window, QCoreApplication::translate("MainWindow", "Save failed"),
                        core::describeWriteFailure(path, written));
        return false;
    }
    view->setFilePath(absolute);
    view->setReadOnly(false);
    view->session()->markSaved();
    m_disk->watch(view, written.fingerprint);
    m_recent->add(path);
    Q_EMIT saved(view);
    showStatus(
        QCoreApplication::translate("MainWindow", "Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool FileController::save(DocumentView *view)
{
    finishEditing(); // what is being typed is part of what is written
    if (!view)
        return false;
    if (view->document()->filePath().isEmpty() || view->isReadOnly())
        return saveAs(view);
    return saveTo(view, view->document()->filePath());
}

bool FileController::saveAs(DocumentView *view)
{
    finishEditing(); // what is being typed is part of what is written
    if (!view)
        return false;
    const QString path
        = Prompt::saveFileName(m_window, QCoreApplication::translate("MainWindow", "Save draft"),
                               suggestedDraftPath(view), draftFilter());
    return !path.isEmpty() && saveTo(view, path);
}

bool FileController::confirmExportWithErrors(DocumentView *view)
{
    view->session()->settleValidation(); // the rules across rows decide "has errors" too
    if (!core::hasErrors(view->session()->findings()))
        return true;
    const auto answer = Prompt::question(
        m_window, QCoreApplication::translate("MainWindow", "Export with errors"),
        QCoreApplication::translate(
            "MainWindow",
            "The draft still has validation errors; the server will probably refuse "
            "this body. Export it anyway?"),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

bool FileController::exportBody(DocumentView *view, core::ExportMode mode, core::PatchScope scope)
{
    finishEditing(); // what is being typed is part of what is written
    if (!view || !confirmExportWithErrors(view))
        return false;
    const bool create = mode == core::ExportMode::Create;
    const QString path = Prompt::saveFileName(
        m_window,
        create ? QCoreApplication::translate("MainWindow", "Export POST body")
               : QCoreApplication::translate("MainWindow", "Export PATCH body"),
        suggestedExportPath(view, mode), jsonFilter());
    if (path.isEmpty())
        return false;
    const core::FileWriteResult written = core::writeFileAtomically(
        path, core::requestBody(view->document()->draft(), mode, scope));
    if (!written.ok) {
        Prompt::warning(m_window, QCoreApplication::translate("MainWindow", "Export failed"),
                        core::describeWriteFailure(path, written));
        return false;
    }
    showStatus(QCoreApplication::translate("MainWindow", "Exported %1")
                   .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace leadopp::ui
