#pragma once

#include "core/codec/exporter.h"
#include "core/codec/patchbody.h"
#include "ui/window/draftlocks.h"

#include <QHash>
#include <QMessageBox>
#include <QObject>
#include <QString>
#include <QStringList>

class QMainWindow;
class QMenu;

namespace leadopp::ui {

class DiskWatch;
class DocumentView;
class ReadAhead;
class RecentFiles;

/// Everything the editor does with files for its window: reading a file into a draft view,
/// Save, Save As, Export of a view, the unsaved-changes question and the recent files.
/// It also guards each draft's file: a lock while it is open (a second window or editor
/// gets it read-only or as a copy), a watch that says in the draft's notice bar when the
/// file changes or disappears, and a question before a save replaces a file that changed.
/// Tabs stay the window's business: the controller hands views over and asks for one to be
/// brought to front (frontRequested) or read again (reloadRequested).
class FileController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileController)

public:
    /// `recentMenu` is filled with the recent files; `window` parents dialogs and shows
    /// status messages.
    FileController(QMainWindow *window, QMenu *recentMenu);

    RecentFiles *recentFiles() const { return m_recent; }

    /// A new view of the file, or null after telling the rep why it could not be read (or
    /// when the rep cancelled opening a draft that is open elsewhere). A file in `ahead` is
    /// taken from there instead of being read again.
    DocumentView *read(const QString &path, ReadAhead *ahead = nullptr);
    /// Takes charge of a view made elsewhere (restored from the recovery journal): its
    /// file is locked and watched; a file open elsewhere makes it an untitled copy.
    void adopt(DocumentView *view);
    /// The view closes: its lock and watch go.
    void release(DocumentView *view);
    DraftLocks &locks() { return m_locks; }
    /// Asks for a file to open (starting next to `near`); empty when cancelled.
    QString chooseFileToOpen(const QString &near) const;
    /// Save (Save As for a draft without a file), Save As and Export of one view; false
    /// when cancelled or failed (the rep was told).
    bool save(DocumentView *view);
    bool saveAs(DocumentView *view);
    /// The exported body is core::requestBody(): what Submit sends in that mode and scope.
    bool exportBody(DocumentView *view, core::ExportMode mode,
                    core::PatchScope scope = core::PatchScope::Changes);
    /// Asks whether to save a modified view (Save, Discard, Cancel); false on Cancel or a
    /// failed save.
    bool maybeSave(DocumentView *view);

Q_SIGNALS:
    void frontRequested(leadopp::ui::DocumentView *view);
    /// The rep chose to read the view's file again (its edits are dropped).
    void reloadRequested(leadopp::ui::DocumentView *view);
    /// The view's file name or modified state changed through a save.
    void saved(leadopp::ui::DocumentView *view);

private:
    /// `fingerprint`: of the bytes the view was read from (empty: what is on disk now).
    bool claim(DocumentView *view, bool ask, const QByteArray &fingerprint = {});
    QMessageBox::StandardButton askAboutTakenDraft(DocumentView *view, const QString &holder);
    bool lockFor(DocumentView *view, const QString &path);
    void unlockUnused(const QString &path);
    bool confirmOverwrite(DocumentView *view);
    void showReadWarnings(DocumentView *view, const QStringList &warnings);
    void onChangedOnDisk(DocumentView *view);
    void onRemovedFromDisk(DocumentView *view);
    bool saveTo(DocumentView *view, const QString &path);
    bool confirmExportWithErrors(DocumentView *view);
    void showStatus(const QString &text);

    QMainWindow *m_window;
    RecentFiles *m_recent;
    DiskWatch *m_disk = nullptr;
    DraftLocks m_locks;
    QHash<DocumentView *, QString> m_lockedFiles; ///< the draft file each view holds locked
};

} // namespace leadopp::ui
