#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "ui/session/fieldissue.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace leadopp::ui {

class EditSession;

/// Every client finding and every server field error of the session, record-level server
/// errors first, then in form order. Follows the session's issues, announcing the rows
/// that changed.
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

    const FieldIssue &issueAt(int row) const { return m_issues.at(row); }
    core::FieldPath pathAt(int row) const;
    /// Client errors plus unaddressed server errors (what blocks a clean submit).
    int errorCount() const;
    int warningCount() const;
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
    int openCount() const;
    /// 1-based place of `row` among the open issues ("3 of 7"); 0 when it is not open.
    int openOrdinal(int row) const;
    /// The next (delta 1) or previous (-1) open issue after a position, wrapping; -1 when
    /// none is open. The position is the field at `focusPath` when that is a field (its
    /// form position counts, with or without an issue of its own), else row `currentRow`,
    /// else the start of the list.
    int stepFrom(const QString &focusPath, int currentRow, int delta) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Emitted after every rebuild, for tab badges and status texts.
    void countsChanged();

private:
    void rebuild();
    void replaceRows(int first, int count, const QList<FieldIssue> &issues);
    void countSections();
    QVariant displayData(const FieldIssue &issue, int column) const;

    EditSession *m_session = nullptr;
    QList<FieldIssue> m_issues;
    /// Open issues per section, indexed by core::Section (PartnerContacts is the last).
    std::array<SectionCounts, std::size_t(core::Section::PartnerContacts) + 1> m_sectionCounts;
};

} // namespace leadopp::ui
