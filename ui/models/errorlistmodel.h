#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "core/catalogue/formposition.h"
#include "ui/session/editsession.h"
#include "ui/session/fieldissue.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <limits>
#include <utility>

namespace leadopp::core {
class Document;
}

namespace leadopp::ui {

struct RowShift;

/// Every client finding and every server field error of the session, record-level server
/// errors first, then in form order. Follows the session's issues, announcing the rows
/// that changed. The entries on the rows of array sections know their row: a row command
/// renumbers, removes and moves them and reads again only the rows whose issues changed,
/// and their texts, which name row numbers, are written for the current numbers when read.
class ErrorListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorListModel)

public:
    enum Column { KindColumn, FieldColumn, MessageColumn, CodeColumn, PathColumn, ColumnCount };
    enum Role {
        PathRole = Qt::UserRole + 1, ///< QString: canonical path ("" = record)
        AddressedRole,               ///< bool: a server error the user has since edited
        SeverityRole,                ///< int (core::Severity); server errors are errors
        SourceRole,                  ///< int (Source)
        IssueKindRole,               ///< int (IssueKind)
    };
    enum class Source { Client, Server };

    explicit ErrorListModel(EditSession *session, QObject *parent = nullptr);

    /// The issue of `row`, its texts brought to the row numbers of now.
    const FieldIssue &issueAt(int row) const;
    /// What no row command changes, read without writing texts.
    IssueKind kindAt(int row) const { return stored(row).issue.kind; }
    const QString &codeAt(int row) const { return stored(row).issue.code; }
    core::FieldPath pathAt(int row) const;
    /// Client errors plus unaddressed server errors (what blocks a clean submit).
    int errorCount() const { return m_errorCount; }
    int warningCount() const { return m_warningCount; }
    struct SectionCounts {
        int errors = 0; ///< client errors and open server errors
        int warnings = 0;
    };
    /// Open issues on one section's form (core::formSectionOf), for tab badges: addressed
    /// server errors excluded, the record's own fields counted with the opportunity.
    /// Section::Record counts the record-level entries, which no form shows.
    SectionCounts countsForSection(core::Section section) const;
    int countForSection(core::Section section) const;

    /// Open issues: everything but server errors the rep has since addressed.
    int openCount() const { return m_errorCount + m_warningCount; }
    /// 1-based place of `row` among the open issues ("3 of 7"); 0 when it is not open.
    int openOrdinal(int row) const;
    /// The next (delta 1) or previous (-1) open issue after a position, wrapping; -1 when
    /// none is open. The position is the field at `focusPath` when that is a field (its
    /// form position counts: forward, its own issues come first), else row `currentRow`,
    /// else the start of the list.
    int stepFrom(const QString &focusPath, int currentRow, int delta) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Emitted after every change of the issues, for tab badges and status texts.
    void countsChanged();

private:
    int firstRowFrom(const QString &focusPath) const;

    static constexpr std::size_t kSections = std::size_t(core::Section::PartnerContacts) + 1;
    /// What an entry's texts were written for, and where it is counted; its place (order and
    /// row number) is apart, in m_orders and m_rows, so that a row command renumbers and
    /// searches plain integers.
    struct Entry {
        core::Section section = core::Section::Record; ///< the form it is counted with
        int written = -1;    ///< the row number its texts name (-1: outside rows)
        int generation = 0;  ///< its section's m_generations when written
        bool repeat = false; ///< a duplicate finding: it names another row's number too
    };

    // errorlistmodelrows.cpp: following the document's row commands.
    void connectDocument(const core::Document *document);
    void onIssuesChanged();
    void beginRowCommand(core::Section section);
    void endRowCommand(core::Section section, const RowShift &shift);
    void shiftEntries(core::Section section, const RowShift &shift);
    void announceRenumbered(core::Section section, int from);
    void removeRowEntries(const QList<std::pair<int, int>> &runs);
    void moveRowEntries(const QList<std::pair<int, int>> &bands,
                        const QList<std::pair<int, int>> &moved, const RowShift &shift);
    void applyNews(const EditSession::IssueNews &news, bool afterRowCommand);

    // errorlistmodelentries.cpp: the entries, read again and replaced.
    void rebuild();
    void writeKept(int row, const FieldIssue &issue);
    void shiftWritten(int at, int delta);
    void announceWritten(int first = std::numeric_limits<int>::max(), int last = -1);
    void replaceRowIssues(core::Section section, int row);
    void replaceRows(int first, int count, const QList<FieldIssue> &issues,
                     const QList<core::FormPosition> &positions);
    void setEntry(int row, const FieldIssue &issue, const core::FormPosition &position);
    Entry entryOf(const FieldIssue &issue, const core::FormPosition &position) const;
    void insertEntries(int first, const QList<FieldIssue> &issues,
                       const QList<core::FormPosition> &positions);
    void eraseEntries(int first, int count);
    void countEntries(int first, int end, int sign);
    bool sameEntry(int row, const FieldIssue &issue, const core::FormPosition &position) const;
    /// The first entry at or past (`order`, `row`) in list order; past it when `after`.
    int placeOf(int order, int row, bool after = false) const;
    /// The entries of a section's form, as [first, end) ranges of one order each.
    QList<std::pair<int, int>> bandsOf(core::Section section) const;
    bool isStale(int row) const;
    void writeTexts(int row) const;

    QVariant displayData(const FieldIssue &issue, int column) const;
    QString toolTip(const FieldIssue &issue, int column) const;

    EditSession *m_session = nullptr;
    /// An entry's issue, its texts as last written (for its Entry's `written`), and place.
    struct Stored {
        FieldIssue issue;
        Entry entry;
    };
    Stored &stored(int row) const { return m_store[m_slots.at(row)]; }

    /// The entries in slots that stay put while the list changes: a row command moves the
    /// list's tail as three arrays of integers, its slots, orders and row numbers.
    mutable QList<Stored> m_store;
    QList<int> m_freeSlots;
    QList<int> m_slots; ///< the slot in m_store of each entry of the list
    /// Each entry's core::FormPosition::order() (the field, whatever the row): with its row
    /// number, where it lies in the list, found by binary search.
    QList<int> m_orders;
    QList<int> m_rows; ///< the row number of each entry now; -1 outside rows
    /// Per section, the row commands seen: a duplicate written before the last one may
    /// name a row whose number changed, wherever its own row is.
    std::array<int, kSections> m_generations {};
    /// Open issues per section, indexed by core::Section (PartnerContacts is the last).
    std::array<SectionCounts, kSections> m_sectionCounts {};
    int m_errorCount = 0;
    int m_warningCount = 0;
    bool m_changingRows = false;  ///< between a document's row signal and its end
    bool m_issuesPending = false; ///< issues changed while rows were changing
    bool m_wholePending = false;  ///< ... and some of that news was for the whole record
    bool m_updating = false;      ///< entries half renumbered: texts are not written now
    /// The first and last entry written anew in place since the last announcement.
    std::pair<int, int> m_written { std::numeric_limits<int>::max(), -1 };
};

} // namespace leadopp::ui
