#include "ui/window/recoverycontroller.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/document/changelist.h"
#include "core/document/document.h"
#include "core/document/jsonaccess.h"
#include "core/document/recorddiff.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/window/documentview.h"
#include "ui/window/filenoticebar.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTimer>

namespace leadopp::ui {

namespace {

constexpr int kListedChanges = 12;

// The changed fields by label ("Offer line 2 · Amount"); a change no field shows (a member
// the API does not know) by its section.
QStringList changedLabels(const core::RecoveryEntry &entry)
{
    QStringList labels;
    for (const core::FieldChange &change :
         core::fieldChanges(entry.savedRecord, entry.draft.record))
        labels.append(change.label);
    if (labels.isEmpty()) {
        for (const QString &path : core::changedPaths(entry.savedRecord, entry.draft.record))
            labels.append(core::FieldCatalogue::labelForPath(path));
    }
    return labels;
}

// "• Opportunity name" per changed field, at most kListedChanges of them.
QString changeList(const core::RecoveryEntry &entry)
{
    const QStringList paths = changedLabels(entry);
    QStringList lines;
    for (const QString &label : paths.mid(0, kListedChanges))
        lines.append(QStringLiteral("• ") + label);
    if (paths.size() > kListedChanges)
        lines.append(QCoreApplication::translate("RecoveryController", "…and %n more", nullptr,
                                                 int(paths.size() - kListedChanges)));
    if (paths.isEmpty())
        lines.append(QCoreApplication::translate("RecoveryController",
                                                 "• the submission record (no field changed)"));
    return lines.join(u'\n');
}

// What a journal keeps: the session's edits, and a cell being typed in.
bool holdsEdits(const DocumentView *view, const std::optional<TypedCell> &typed)
{
    return view->session()->isModified() || typed.has_value();
}

} // namespace

RecoveryController::RecoveryController(QWidget *window, const QString &directory)
    : QObject(window), m_window(window), m_journal(directory)
{ }

RecoveryController::~RecoveryController() = default;

void RecoveryController::track(DocumentView *view)
{
    track(view, view->document()->record());
}

void RecoveryController::track(DocumentView *view, const QJsonObject &savedRecord)
{
    if (m_tracked.contains(view))
        return;
    auto *timer = new QTimer(view);
    timer->setSingleShot(true);
    timer->setInterval(kJournalDelayMs);
    connect(timer, &QTimer::timeout, this, [this, view] { journal(view); });
    m_tracked.insert(view, { ++m_lastNumber, savedRecord, timer, QString() });
    const core::Document *document = view->document();
    const auto changed = [this, view] { schedule(view); };
    connect(document, &core::Document::valueChanged, this, changed);
    connect(document, &core::Document::rowsInserted, this, changed);
    connect(document, &core::Document::rowsRemoved, this, changed);
    connect(document, &core::Document::rowMoved, this, changed);
    connect(document, &core::Document::documentReset, this, changed);
    connect(document, &core::Document::rejectionChanged, this, changed);
    connect(document, &core::Document::submissionsChanged, this, changed);
    connect(document, &core::Document::filePathChanged, this, changed);
    connect(view->session(), &EditSession::modifiedChanged, this,
            [this, view](bool modified) { onModifiedChanged(view, modified); });
    // Typing in a table cell is journaled as well, though it is stored only once committed.
    connect(view, &DocumentView::cellTyping, this, changed);
    connect(view, &QObject::destroyed, this, [this, view] { forget(view); });
    if (view->session()->isModified())
        schedule(view);
}

void RecoveryController::onModifiedChanged(DocumentView *view, bool modified)
{
    if (m_left)
        return;
    if (modified) {
        schedule(view);
        return;
    }
    // Saved (or undone to the saved state): the file holds it all; "changed" starts again.
    Tracked &tracked = m_tracked[view];
    tracked.savedRecord = view->document()->record();
    tracked.timer->stop();
    m_journal.remove(tracked.number);
}

void RecoveryController::forget(DocumentView *view)
{
    const auto found = m_tracked.constFind(view);
    if (found == m_tracked.constEnd())
        return;
    if (!m_left)
        m_journal.remove(found->number);
    m_tracked.erase(found);
}

// A change starts the clock; later changes ride along, so a steady stream of keys is
// still journaled every kJournalDelayMs rather than only once it stops.
void RecoveryController::schedule(DocumentView *view)
{
    QTimer *timer = m_tracked.value(view).timer;
    if (timer && !timer->isActive() && !m_left)
        timer->start();
}

void RecoveryController::journal(DocumentView *view)
{
    const auto found = m_tracked.find(view);
    if (found == m_tracked.end() || m_left)
        return;
    found->timer->stop();
    const std::optional<TypedCell> typed = view->typedCell();
    if (!holdsEdits(view, typed)) {
        m_journal.remove(found->number);
        return;
    }
    core::RecoveryEntry entry;
    entry.filePath = view->document()->filePath();
    entry.sourcePath = view->sourcePath();
    entry.displayName = view->displayName();
    entry.journaledAt = QDateTime::currentDateTimeUtc();
    entry.savedRecord = found->savedRecord;
    entry.draft = view->document()->draft();
    if (typed)
        core::setValueAt(entry.draft.record, typed->path, typed->value);
    tellJournalWritten(view, *found, m_journal.write(found->number, entry));
}

// A journal that cannot be written is said on the draft's notice bar (unless it says
// something else already), once: its edits would not outlive a crash, only a save keeps
// them. The notice goes once a journal is written again.
void RecoveryController::tellJournalWritten(DocumentView *view, Tracked &tracked,
                                            const core::FileWriteResult &written)
{
    tracked.journalFailed = !written.ok;
    FileNoticeBar *bar = view->noticeBar();
    if (written.ok) {
        if (!tracked.failureNotice.isEmpty() && bar->text() == tracked.failureNotice)
            bar->dismiss();
        tracked.failureNotice.clear();
        return;
    }
    if (!tracked.failureNotice.isEmpty() || !bar->isHidden())
        return;
    tracked.failureNotice
        = tr("Your edits to “%1” cannot be put aside in case the editor stops: %2 Save the "
             "draft to keep them.")
              .arg(view->displayName(),
                   core::describeWriteFailure(m_journal.journalPath(tracked.number), written));
    bar->showNotice(tracked.failureNotice, {});
}

void RecoveryController::journalNow()
{
    const QList<DocumentView *> views = m_tracked.keys();
    for (DocumentView *view : views)
        journal(view);
}

void RecoveryController::stopTimers()
{
    for (const Tracked &tracked : std::as_const(m_tracked))
        tracked.timer->stop();
}

void RecoveryController::closeCleanly()
{
    if (m_left)
        return;
    stopTimers();
    m_journal.close();
}

bool RecoveryController::leaveJournals()
{
    if (m_left)
        return true;
    journalNow();
    bool edits = false;
    for (auto it = m_tracked.cbegin(); it != m_tracked.cend(); ++it) {
        if (it->journalFailed)
            return false;
        edits = edits || holdsEdits(it.key(), it.key()->typedCell());
    }
    if (!edits)
        return false;
    stopTimers();
    m_left = true;
    m_journal.leave();
    return true;
}

bool RecoveryController::askToRestore(const core::RecoveryEntry &entry) const
{
    const QString when = QLocale().toString(entry.journaledAt.toLocalTime(), QLocale::ShortFormat);
    const QString text = QCoreApplication::translate(
                             "RecoveryController",
                             "The editor stopped while “%1” had unsaved changes (last kept at %2). "
                             "Restore them?\n\nChanged since it was last saved:\n%3")
                             .arg(entry.displayName, when, changeList(entry));
    const auto answer = Prompt::choose(
        m_window, QCoreApplication::translate("RecoveryController", "Restore unsaved changes"),
        text,
        { { QMessageBox::Yes, QCoreApplication::translate("RecoveryController", "&Restore") },
          { QMessageBox::Discard,
            QCoreApplication::translate("RecoveryController", "&Discard Changes") } },
        QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

DocumentView *RecoveryController::restore(const core::RecoveryEntry &entry)
{
    const bool hasFile = !entry.filePath.isEmpty();
    // A draft that had a file goes back to it; one read from a body or a response and
    // never saved is shown as read from there, to be saved under a new name.
    auto *view = new DocumentView(entry.draft,
                                  hasFile ? core::InputShape::Draft : core::InputShape::RequestBody,
                                  hasFile ? entry.filePath : entry.sourcePath);
    view->session()->markUnsaved();
    track(view, entry.savedRecord);
    journal(view); // taken over at once: a second crash loses nothing either
    return view;
}

QList<DocumentView *> RecoveryController::restoreOrphans()
{
    QList<DocumentView *> restored;
    const QStringList orphans = m_journal.orphans();
    for (const QString &path : orphans) {
        QFile file(path);
        const auto entry = file.open(QIODevice::ReadOnly) ? core::readRecoveryEntry(file.readAll())
                                                          : std::nullopt;
        file.close();
        if (entry && askToRestore(*entry))
            restored.append(restore(*entry));
        core::RecoveryJournal::discard(path);
    }
    return restored;
}

} // namespace leadopp::ui
