// The file controller's guard over each draft's file: the lock question when a draft is
// open elsewhere, the notices when its file changes or disappears, and the question before
// a save replaces a file that changed.
#include "ui/window/filecontroller.h"

#include "core/document/document.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/window/diskwatch.h"
#include "ui/window/documentview.h"
#include "ui/window/filenoticebar.h"

#include <QCoreApplication>
#include <QDir>
#include <QMainWindow>

namespace leadopp::ui {

namespace {

QString nativeName(const DocumentView *view)
{
    return QDir::toNativeSeparators(view->document()->filePath());
}

} // namespace

QMessageBox::StandardButton FileController::askAboutTakenDraft(DocumentView *view,
                                                               const QString &holder)
{
    return Prompt::choose(
        m_window, QCoreApplication::translate("FileController", "Draft open elsewhere"),
        QCoreApplication::translate("FileController",
                                    "“%1” is open for editing in another editor "
                                    "window (%2). Open it read-only, or edit a "
                                    "copy that you save under a new name?")
            .arg(nativeName(view), holder),
        { { QMessageBox::Yes, QCoreApplication::translate("FileController", "Open &Read-Only") },
          { QMessageBox::No, QCoreApplication::translate("FileController", "Edit a &Copy") },
          { QMessageBox::Cancel, QCoreApplication::translate("FileController", "Cancel") } },
        QMessageBox::Yes);
}

// Opening a draft another window or editor has open: read-only, an untitled copy, or not
// at all; asked only when `ask`, else a copy (a draft restored after a crash).
bool FileController::claim(DocumentView *view, bool ask, const QByteArray &fingerprint)
{
    const QString path = view->document()->filePath();
    if (path.isEmpty() || lockFor(view, path)) {
        m_disk->watch(view, fingerprint);
        return true;
    }
    const QString holder = m_locks.holderOf(path);
    const auto answer = ask ? askAboutTakenDraft(view, holder) : QMessageBox::No;
    if (answer == QMessageBox::Yes) {
        view->setReadOnly(true);
        m_disk->watch(view, fingerprint);
        view->noticeBar()->showNotice(
            QCoreApplication::translate(
                "FileController",
                "Read-only: “%1” is open for editing in another editor window (%2).")
                .arg(nativeName(view), holder),
            { { QStringLiteral("noticeSaveAs"),
                QCoreApplication::translate("FileController", "Save &As…"),
                [this, view] { saveAs(view); } } });
        return true;
    }
    if (answer != QMessageBox::No)
        return false;
    view->noticeBar()->showNotice(
        QCoreApplication::translate("FileController",
                                    "A copy of “%1”, which is open for editing in another "
                                    "editor window (%2). Save it under a new name.")
            .arg(nativeName(view), holder),
        {});
    view->setFilePath(QString());
    return true;
}

bool FileController::confirmOverwrite(DocumentView *view)
{
    Q_EMIT frontRequested(view);
    const auto answer = Prompt::choose(
        m_window, QCoreApplication::translate("FileController", "File changed on disk"),
        QCoreApplication::translate(
            "FileController",
            "“%1” was changed on disk by another program since it was opened here. Replace it "
            "with this draft? The other changes are lost.")
            .arg(nativeName(view)),
        { { QMessageBox::Save, QCoreApplication::translate("FileController", "&Replace") },
          { QMessageBox::Cancel, QCoreApplication::translate("FileController", "Cancel") } },
        QMessageBox::Cancel);
    return answer == QMessageBox::Save;
}

void FileController::showReadWarnings(DocumentView *view, const QStringList &warnings)
{
    if (warnings.isEmpty())
        return;
    view->noticeBar()->showNotice(warnings.join(u'\n'),
                                  { { QStringLiteral("noticeDismiss"),
                                      QCoreApplication::translate("FileController", "&Dismiss"),
                                      {} } });
}

void FileController::onChangedOnDisk(DocumentView *view)
{
    const auto keepMine = [this, view] {
        m_disk->markInSync(view); // the next save replaces the file without asking
        view->session()->markUnsaved();
    };
    view->noticeBar()->showNotice(
        QCoreApplication::translate("FileController",
                                    "“%1” was changed on disk by another program.")
            .arg(nativeName(view)),
        { { QStringLiteral("noticeReload"),
            QCoreApplication::translate("FileController", "&Reload"),
            [this, view] { Q_EMIT reloadRequested(view); } },
          { QStringLiteral("noticeKeepMine"),
            QCoreApplication::translate("FileController", "&Keep Mine"), keepMine },
          { QStringLiteral("noticeSaveAs"),
            QCoreApplication::translate("FileController", "Save &As…"),
            [this, view] { saveAs(view); } } });
}

void FileController::onRemovedFromDisk(DocumentView *view)
{
    view->session()->markUnsaved(); // what is open here is now the only copy
    view->noticeBar()->showNotice(
        QCoreApplication::translate(
            "FileController", "“%1” was deleted or moved on disk. This draft is the only copy now.")
            .arg(nativeName(view)),
        { { QStringLiteral("noticeSave"),
            QCoreApplication::translate("FileController", "&Save Again"),
            [this, view] { save(view); } },
          { QStringLiteral("noticeSaveAs"),
            QCoreApplication::translate("FileController", "Save &As…"),
            [this, view] { saveAs(view); } },
          { QStringLiteral("noticeKeepMine"),
            QCoreApplication::translate("FileController", "&Keep Open"),
            {} } });
}

} // namespace leadopp::ui
