#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

class QFileSystemWatcher;

namespace leadopp::ui {

class DocumentView;

/// Watches the files of open drafts and says when one changed or disappeared under its
/// draft. What the draft last read or wrote is known by a hash of the bytes, so the
/// editor's own saves, a touch or a rewrite with the same bytes say nothing, and a change
/// is reported once, not once per notification. The watch is re-armed after every event,
/// because an atomic save elsewhere (a rename over the file) ends the old one.
class DiskWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskWatch)

public:
    /// How long an event waits before the file is looked at: an atomic save elsewhere
    /// removes and renames, and only the end state counts.
    static constexpr int kSettleMs = 150;

    explicit DiskWatch(QObject *parent = nullptr);

    /// Watches the view's file, which holds the bytes of `fingerprint` (core::fingerprintOf()
    /// of what the view was read from or written to), or when that is empty, what is on disk
    /// now.
    void watch(DocumentView *view, const QByteArray &fingerprint = {});
    void unwatch(DocumentView *view);
    /// The view holds what is on disk now (it was just written, or kept as it is).
    void markInSync(DocumentView *view);
    /// The view's file holds other bytes than the view last read or wrote (false when it
    /// is missing: writing it then replaces nothing).
    bool changedOnDisk(const DocumentView *view) const;

Q_SIGNALS:
    void changed(leadopp::ui::DocumentView *view);
    void removed(leadopp::ui::DocumentView *view);

private:
    struct Watched {
        QString path;
        QByteArray known;    ///< hash of the bytes the view last read or wrote
        QByteArray reported; ///< hash of the bytes last reported (empty: the file is gone)
    };
    void onFileChanged(const QString &path);
    void check(const QString &path);
    void arm(const QString &path);

    QFileSystemWatcher *m_watcher;
    QHash<DocumentView *, Watched> m_watched;
};

} // namespace leadopp::ui
