#pragma once

#include "core/document/recoveryjournal.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

class QTimer;
class QWidget;

namespace leadopp::ui {

class DocumentView;

/// Nothing typed is lost to a crash: every change of a tracked draft reaches its recovery
/// journal within kJournalDelayMs (saved and never-saved drafts alike); a save, a closed
/// draft and a clean close remove it. At the next start, restoreOrphans() offers what an
/// editor that died left behind, naming what changed since the last save.
class RecoveryController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryController)

public:
    /// How long a change waits for the next one before it is journaled (together).
    static constexpr int kJournalDelayMs = 1000;

    explicit RecoveryController(QWidget *window,
                                const QString &directory
                                = core::RecoveryJournal::defaultDirectory());
    ~RecoveryController() override;

    QString directory() const { return m_journal.directory(); }
    /// Journals the view's changes from now on (a second call changes nothing).
    void track(DocumentView *view);
    /// The view closes: its journal goes.
    void forget(DocumentView *view);
    /// Writes the journal of every modified draft now (termination, session logout).
    void journalNow();
    /// A clean close: every journal of this editor goes, and its instance lock.
    void closeCleanly();
    /// A stop on request: every modified draft is journaled now and its journal left for the
    /// next start to offer; from then on nothing is written or removed. False, and nothing
    /// left, when no draft holds unsaved edits or a journal cannot be written (only a save
    /// keeps those edits then).
    bool leaveJournals();
    /// Asks about each draft an editor that died left; returns the restored ones, modified
    /// and tracked (their journals taken over), in the order they were left.
    QList<DocumentView *> restoreOrphans();

private:
    struct Tracked {
        int number = 0;
        QJsonObject savedRecord;
        QTimer *timer = nullptr;
        QString failureNotice;      ///< shown while its journal cannot be written
        bool journalFailed = false; ///< the last write of its journal failed
    };

    void track(DocumentView *view, const QJsonObject &savedRecord);
    void onModifiedChanged(DocumentView *view, bool modified);
    void schedule(DocumentView *view);
    void stopTimers();
    void journal(DocumentView *view);
    void tellJournalWritten(DocumentView *view, Tracked &tracked,
                            const core::FileWriteResult &written);
    bool askToRestore(const core::RecoveryEntry &entry) const;
    DocumentView *restore(const core::RecoveryEntry &entry);

    QWidget *m_window;
    core::RecoveryJournal m_journal;
    QHash<DocumentView *, Tracked> m_tracked;
    bool m_left = false; ///< leaveJournals() was called: the journals are the next start's
    int m_lastNumber = 0;
};

} // namespace leadopp::ui
