#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>
#include <functional>
#include <optional>
#include <utility>

namespace leadopp::core {
class Document;
}

class QMimeData;

namespace leadopp::ui {

class EditSession;
struct RowShift;

/// For a row with issues, digests of what a table paints of them: of the issues in its
/// cells, and of those on the row itself (its header shows them).
struct RowIssueDigest {
    size_t cells = 0;
    size_t header = 0;
};

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
        ShownTextRole,                ///< QString: shownText() of the cell ("" when empty)
    };

    /// `section` must be an array section (OfferLines, CustomerContacts, PartnerContacts).
    SectionTableModel(EditSession *session, core::Section section, QObject *parent = nullptr);

    core::Section section() const { return m_section; }
    const core::FieldSpec *fieldAt(int column) const;
    /// The text a cell of `column` holding `value` shows: a choice's label in the rep's
    /// language rather than its code, any other value as displayed. The table's delegate
    /// paints it for a choice, screen readers say it, a header click sorts by it and Ctrl+C
    /// copies it.
    QString shownText(int column, const QJsonValue &value) const;
    /// The value text typed into a cell of `column` stores: an amount written with the
    /// opportunity's currency, as the cell shows it ("12.400,50 EUR"), is its number.
    QJsonValue typedValue(int column, const QString &text) const;
    int columnOf(const QString &memberName) const; ///< -1 when not a column
    /// The opportunity's currency code ("EUR"), as amounts are shown and typed with it; empty
    /// when it has none.
    QString currency() const;

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
    /// A copied cell (the first of `indexes`) carries the text it shows, for anywhere else,
    /// and its field and value: pasted into a cell of the same field, it stores the value
    /// itself (an amount shown "48,500.00 EUR" pastes as 48500, a choice as its code).
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QStringList mimeTypes() const override;
    /// Stores `clipboard` in `cell` as one undoable edit: a value this model copied from the
    /// same field as it was, any other text as typing it would (core::pastedText). Returns
    /// why nothing was stored, or an empty string.
    QString paste(const QModelIndex &cell, const QMimeData &clipboard);
    /// A text for the cell in `row`, `column`; a row past the last is added.
    struct PastedCell {
        int row;
        int column;
        QString text;
    };
    /// Stores each text in its cell as one undoable edit, the rows past the last added in
    /// the same step: each as paste() stores a text, an empty one clearing its cell.
    /// Nothing is stored (and no row added) when one is refused. Returns why, naming the
    /// cell, or an empty string.
    QString pasteCells(const QList<PastedCell> &cells);
    /// The value of a cell of field `pattern` (a catalogue pattern) copied by mimeData(), when
    /// `clipboard` holds one; Undefined for an empty cell.
    static std::optional<QJsonValue> copiedValue(const QMimeData &clipboard,
                                                 const QString &pattern);
    /// Whether `clipboard` holds a cell copied by mimeData(), of any field.
    static bool holdsCopiedCell(const QMimeData &clipboard);
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void totalAmountChanged(double total);

private:
    /// Row `row` of the section in the document (an empty object past its end).
    QJsonObject documentRow(int row) const;
    int documentRowCount() const;
    QList<QJsonValue> pastedValues(const QList<PastedCell> &cells, QString *refusal) const;
    /// The document's value in row `row`, column `column`; Undefined out of range (the
    /// document may hold fewer rows while a reset is on its way).
    QJsonValue cellJson(int row, int column) const;
    QString rowPath(int row) const;
    QString cellPath(int row, int column) const;
    QVariant displayValue(const QJsonValue &value, const core::FieldSpec &spec) const;
    /// What the text typed or pasted into a cell of `column` stands for: an amount written
    /// with the opportunity's currency, as the cell shows it, is the number alone.
    QString typedText(int column, const QString &text) const;
    QVariant issueData(const QString &path, int role) const;
    void connectDocument(const core::Document *document);
    void onValueAboutToChange(const core::FieldPath &path);
    void onValueChanged(const core::FieldPath &path);
    void onRowsAboutToBeInserted(core::Section section, int first, int last);
    void onRowsInserted(core::Section section, int first, int last);
    void onRowsAboutToBeRemoved(core::Section section, int first, int last);
    void onRowsRemoved(core::Section section, int first, int last);
    void onRowAboutToBeMoved(core::Section section, int from, int to);
    void onRowMoved(core::Section section, int from, int to);
    void onDocumentAboutToBeReset();
    void onDocumentReset();
    void onIssuesChanged();
    /// Per row with issues, by row number ascending.
    using IssueDigests = QList<std::pair<int, RowIssueDigest>>;
    /// Of every row with issues, or of row `onlyRow` alone.
    IssueDigests issueDigestsNow(int onlyRow = -1) const;
    IssueDigests serverDigests(int onlyRow) const;
    std::optional<RowIssueDigest> rowDigest(int row) const;
    /// Told a row's digests before and after a change.
    using DigestCompare
        = std::function<void(int row, const RowIssueDigest &, const RowIssueDigest &)>;
    void updateRowDigests(const QList<int> &rows, const DigestCompare &compare);
    void compareAllDigests(const DigestCompare &compare);
    /// The rows of the digests follow a row command, so only rows whose issues changed are
    /// announced after it, not every flagged row below the changed one.
    void shiftIssueDigests(const RowShift &shift);
    /// dataChanged for the cells of `rows`, headerDataChanged for `headers`.
    void announceIssueRows(QList<int> rows, QList<int> headers);
    /// Ends a change of rows begun when the document announced it: the views learn the
    /// new row count, and the issues that changed meanwhile are announced after it.
    void endRowChange(void (QAbstractItemModel::*end)());
    /// Recounts the total over every row (a reset, or an edit that replaced the section).
    void updateTotal();
    /// After an edit, insert or remove the new total is the old one moved by the rows
    /// concerned: the cost of one row, not of all.
    void setTotal(double total);
    /// Sum of the numeric amounts of rows `first`..`last` in the document.
    double amountOfRows(int first, int last) const;

    EditSession *m_session = nullptr;
    core::Section m_section;
    QString m_key; ///< the section's member name ("offerLines")
    QList<const core::FieldSpec *> m_columns;
    /// The number of rows the views know. The model reads the rows from the document (a copy
    /// would take the same shift as the document's array on every row command); the
    /// document announces each change before it makes it, so the views are told in time.
    int m_rowCount = 0;
    bool m_changingRows = false;  ///< between a begin and its end call
    bool m_issuesPending = false; ///< issues changed while rows were changing
    /// The amount of the row a value change is about to touch, and that change's path.
    double m_amountBefore = 0;
    core::FieldPath m_changingPath = core::FieldPath::invalid();
    double m_total = 0;
    /// What the views were last told of the issues: an issue change announces the rows
    /// whose digest differs (a few), never all rows (the views and the sort proxy would
    /// look at every one of them).
    IssueDigests m_issueDigests;
};

/// The cell of the section model under the proxies (a view's sorting) between a view and
/// it; invalid for an invalid index.
QModelIndex sectionCellOf(QModelIndex viewIndex);

} // namespace leadopp::ui
