#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>

namespace leadopp::ui {

class EditSession;

/// One array section of the session's document (offer lines, customer contacts or partner
/// contacts) as a table: a row per item, a column per editable catalogue field. Edits go
/// through EditSession::setValue, so they are undoable. Cells and row headers carry the
/// worst issue (client finding or server error) as icon, tooltip and background tint.
class SectionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTableModel)

public:
    enum Role {
        ErrorRole = Qt::UserRole + 1, ///< QString: every issue message of the cell, one a line
        IssueKindRole,                ///< int (IssueKind) of the worst issue; invalid when none
        PathRole,                     ///< QString: canonical path of the cell
        JsonValueRole,                ///< QJsonValue stored in the document, as is
    };

    /// `section` must be an array section (OfferLines, CustomerContacts, PartnerContacts).
    SectionTableModel(EditSession *session, core::Section section, QObject *parent = nullptr);

    core::Section section() const { return m_section; }
    const core::FieldSpec *fieldAt(int column) const;
    int columnOf(const QString &memberName) const; ///< -1 when not a column

    core::FieldPath pathForIndex(const QModelIndex &index) const;
    /// The cell of a canonical path ("offerLines[2].amount"); for a row path, column 0 of
    /// that row; invalid when the path is elsewhere.
    QModelIndex indexForPath(const core::FieldPath &path) const;
    /// Sum of the numeric offer line amounts (0 for contact sections).
    double totalAmount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalAmountChanged(double total);

private:
    QJsonArray documentRows() const;
    QString rowPath(int row) const;
    QString cellPath(int row, int column) const;
    QVariant displayValue(const QJsonValue &value, const core::FieldSpec &spec) const;
    QVariant issueData(const QString &path, int role) const;
    void onValueChanged(const core::FieldPath &path);
    void onRowsInserted(core::Section section, int first, int last);
    void onRowsRemoved(core::Section section, int first, int last);
    void onRowMoved(core::Section section, int from, int to);
    void onDocumentReset();
    void onIssuesChanged();
    /// Recounts the total over every row (a reset, or an edit that replaced the section).
    void updateTotal();
    /// After an edit, insert or remove the new total is the old one moved by the rows
    /// concerned: the cost of one row, not of all.
    void setTotal(double total);
    /// Sum of the numeric amounts of rows `first`..`last` of `rows`.
    static double amountOfRows(const QJsonArray &rows, qsizetype first, qsizetype last);

    EditSession *m_session = nullptr;
    core::Section m_section;
    QString m_key; ///< the section's member name ("offerLines")
    QList<const core::FieldSpec *> m_columns;
    /// The rows as the view last saw them: the document changes before it signals, and
    /// between the change and our begin/end calls the model must still answer the old way.
    QJsonArray m_rows;
    double m_total = 0;
};

} // namespace leadopp::ui
