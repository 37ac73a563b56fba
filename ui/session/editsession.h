#pragma once

#include "core/document/document.h"
#include "ui/session/fieldissue.h"
#include "ui/session/issuemerger.h"
#include "ui/session/livevalidation.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTimer;
class QUndoStack;
QT_END_NAMESPACE

namespace leadopp::ui {

/// The editing session over one core::Document: every edit goes through here as an undo
/// command (typing in one field merges into one step), "modified" means the undo stack is
/// not clean, and the live validation findings are kept up to date — incrementally for a
/// value change, fully for row changes and document resets.
class EditSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSession)

public:
    /// How a new session comes by the findings of the whole record.
    enum class FirstValidation {
        Now,    ///< the constructor validates
        Handed, ///< none until adoptFindings() hands them in, computed elsewhere
    };
    /// Does not take ownership of `document`; it must outlive the session.
    explicit EditSession(core::Document *document, QObject *parent = nullptr,
                         FirstValidation first = FirstValidation::Now);
    ~EditSession() override;

    /// The document as views see it: read-only, so that every change is a command here.
    const core::Document *document() const { return m_document; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// How a value change came about, for undo: typing merges into one step per field.
    enum class Edit { Typing, Choice };
    /// Pushes a value change (Undefined removes the member). Consecutive typing in the same
    /// field merges into one undo step, a choice is a step of its own; a change that changes
    /// nothing pushes nothing. Returns false when the path cannot hold a value.
    bool setValue(const core::FieldPath &path, const QJsonValue &value, Edit edit = Edit::Typing);
    /// Stores a value the server assigned (the 3DS id of an accepted create). It is no edit:
    /// the undo history is cut here, so no undo can take it back (and a second create of
    /// the same lead follow). Leaves create mode.
    void recordServerValue(const core::FieldPath &path, const QJsonValue &value);
    /// What the server answered to a submission; no edits, so nothing to undo: the attempt
    /// joins the history, a rejection (its error paths point into `sent`) is attached, an
    /// acceptance clears the last one.
    void appendSubmission(const core::SubmissionAttempt &attempt);
    void setRejection(const core::Rejection &rejection, const QList<core::FieldError> &errors,
                      const core::Document::Snapshot *sent);
    void clearRejection();
    /// The server copy the draft is now based on (what it accepted). Like a server value it
    /// is no edit, and no undo takes it back: the server holds it whatever the draft does.
    void setBase(const core::ServerBase &base);
    /// Replaces the base as an undo step (a refresh from the server, inside its macro).
    void pushBase(const core::ServerBase &base);
    /// Row commands; each returns false (and pushes nothing) when the row is out of range.
    bool insertRow(core::Section section, int row, const QJsonObject &values = {});
    /// Inserts a row for each of `rows` from `row` on as one undo step named `text` (a
    /// paste that adds rows): the views and the checks learn of them at once.
    bool insertRows(core::Section section, int row, const QList<QJsonObject> &rows,
                    const QString &text);
    bool removeRow(core::Section section, int row);
    bool moveRow(core::Section section, int from, int to);
    /// Inserts a copy of `row` (unknown members included) right below it.
    bool duplicateRow(core::Section section, int row);

    /// Unsaved edits, or submission attempts recorded since the last save.
    bool isModified() const;
    /// Marks the current state as saved (the undo stack's clean state).
    void markSaved();
    /// Marks the draft as differing from its file with nothing on the undo stack (restored
    /// from the recovery journal, or kept as it is over a file changed on disk).
    void markUnsaved() { setUnsavedHistory(true); }

    /// All client findings in form order.
    const QList<core::Finding> &findings() const { return m_validation.findings(); }
    /// Findings on exactly this canonical path ("" = record level).
    QList<core::Finding> findingsAt(const QString &path) const
    {
        return m_validation.findingsAt(path);
    }
    /// Findings and server errors on exactly this canonical path, worst first.
    QList<FieldIssue> issuesAt(const QString &path) const { return m_issues.issuesAt(path); }
    /// Cheap test for views: does issuesAt(path) have anything?
    bool hasIssuesAt(const QString &path) const { return m_issues.hasIssuesAt(path); }
    /// Every finding and server error, record-level server errors first, then form order.
    /// With `positions`, the form position of each (the record's for the record-level ones).
    QList<FieldIssue> allIssues(QList<core::FormPosition> *positions = nullptr) const
    {
        return m_issues.allIssues(positions);
    }
    /// What allIssues() lists on row `row` of an array section ("offerLines"), in its
    /// order, or for row -1 on the section itself: a row's share of the list, without
    /// gathering the rest.
    QList<FieldIssue> rowIssues(const QString &section, int row,
                                QList<core::FormPosition> *positions = nullptr) const
    {
        return m_issues.rowIssues(section, row, positions);
    }
    /// What the last issuesChanged() changed, as narrowly as the live validation knows it:
    /// after an edit or a row command, the rows of its section (numbered as they are now)
    /// whose issues changed other than by a row command moving them; any row of that section
    /// (no rows); or any issue of the record (no section).
    using IssueNews = ChangedRows;
    const IssueNews &lastIssueNews() const { return m_issueNews; }
    /// The findings on the rows of an array section, with their rows' numbers; cheaper than
    /// findings() for a view that only needs to know where they are (see
    /// LiveValidation::visitRowFindings).
    void visitRowFindings(const QString &section,
                          const std::function<void(int row, const core::Finding &)> &visitor) const
    {
        m_validation.visitRowFindings(section, visitor);
    }
    void visitRowFindings(const QString &section, int row,
                          const std::function<void(int row, const core::Finding &)> &visitor) const
    {
        m_validation.visitRowFindings(section, row, visitor);
    }
    /// The form position of a canonical path (cached).
    core::FormPosition formPositionOf(const QString &path) const
    {
        return m_validation.positionOf(path);
    }

    /// Runs now the rules across rows (duplicates) that an edit inside a row left pending;
    /// they otherwise run by themselves after a short pause in editing. Call before relying
    /// on findings() being complete (export, submit).
    void settleValidation();
    /// True while the indexes the rules across rows use are still being built, a slice at
    /// a time while the event loop is idle (after opening a draft with many rows); false
    /// while a settle is due, which builds what it needs itself.
    bool isIndexingRows() const;
    /// True once that build has done a pass and has more to do.
    bool hasPartialRowIndex() const { return m_validation.hasPartialRowIndex(); }
    /// Takes the findings of core::validateRecord() over the record as it was when the
    /// session was made (FirstValidation::Handed), in `mode`, as if the session had computed
    /// them itself.
    void adoptFindings(const QList<core::Finding> &findings, core::ExportMode mode);

    /// Validation mode: the document's default (update when it has a 3DS id) unless
    /// create mode was forced with setCreateMode(true).
    core::ExportMode exportMode() const;
    void setCreateMode(bool create);
    bool isCreateMode() const { return m_createMode; }

Q_SIGNALS:
    void modifiedChanged(bool modified);
    /// The client findings changed (any path).
    void findingsChanged();
    /// Findings or server errors (or their addressed state) may have changed; views that
    /// show issues repaint on this one.
    void issuesChanged();

private:
    void connectDocument();
    void setUnsavedHistory(bool unsaved);
    void onValueChanged(const core::FieldPath &path);
    /// `shift` carries the findings of `section`'s rows along with them.
    void onRowsChanged(core::Section section, const std::function<bool(const QString &)> &shift);
    void onDocumentReset();
    void onServerErrorsChanged();
    void revalidateAll();
    bool settlePending();
    void notifyFindingsChanged();
    void announceIssues(IssueNews news);
    /// Builds the duplicate indexes the rules across rows use, a slice at a time while the
    /// event loop is idle, unless a settle is due (it builds them itself).
    void prepareIndexesWhenIdle();

    core::Document *m_document = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QTimer *m_settleTimer = nullptr;
    QTimer *m_indexTimer = nullptr;
    IssueNews m_issueNews;
    QList<core::FieldPath> m_pendingSections; ///< sections whose cross-row rules are due
    bool m_createMode = false;
    bool m_unsavedHistory = false; ///< submission attempts recorded since the last save
    core::ExportMode m_validatedMode = core::ExportMode::Update;
    LiveValidation m_validation;
    IssueMerger m_issues { m_document, &m_validation };
};

} // namespace leadopp::ui
