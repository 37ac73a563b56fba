#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"

#include <QJsonValue>
#include <QWidget>
#include <optional>

class QHBoxLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QVBoxLayout;

namespace leadopp::ui {

class EditSession;
class SectionTableModel;

/// A cell being typed in, and the value its editor would store (not stored yet).
struct TypedCell {
    core::FieldPath path;
    QJsonValue value;
};

/// One array section as an editable table with row commands (add, duplicate, remove,
/// move up, move down: tool buttons and keyboard shortcuts) and, for offer lines, the
/// amount total in the lead currency. A click on a column header sorts the view (a third
/// click restores the record order), as does the context menu (TableCellCommands) from the
/// keyboard; the record itself keeps its order, and every row
/// command, F8 and the Problems list work on record rows mapped through the sorting.
/// Object names derive from the section key: "offerLinesTable", "offerLinesAddButton",
/// ..., "offerLinesTotal".
class SectionTableWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTableWidget)

public:
    SectionTableWidget(EditSession *session, core::Section section, QWidget *parent = nullptr);

    core::Section section() const { return m_section; }
    QTableView *view() const { return m_view; }
    /// The section model in record order; the view shows it through sortModel().
    SectionTableModel *model() const { return m_model; }
    QSortFilterProxyModel *sortModel() const { return m_sorted; }
    /// The view's index of a cell of model() (record row `row`).
    QModelIndex viewIndex(int row, int column) const;
    /// Selects the cell (or row) of `path` without opening an editor; false when the path
    /// is not in this table.
    bool focusPath(const core::FieldPath &path);

    /// Stores the cell being edited, if any, and closes its editor.
    void commitOpenEditor();
    /// The cell being edited when its editor holds other than the stored value.
    std::optional<TypedCell> typedCell() const;

    void addRow();
    void duplicateRow();
    void removeRow();
    void moveUp();
    void moveDown();

Q_SIGNALS:
    /// An open cell editor's content changed (see typedCell()).
    void cellTyping();

private:
    QToolButton *addTool(const QString &name, const QIcon &icon, const QString &text,
                         const QKeySequence &shortcut, void (SectionTableWidget::*slot)());
    /// The record row of the view's current cell; -1 when none.
    int currentRow() const;
    void setUpSorting();
    void setUpView();
    QHBoxLayout *createTools();
    void addTotal(QVBoxLayout *layout);
    /// Makes `row` current, in `column` or else in the column that was current.
    void selectRow(int row, int column = -1);
    void updateButtons();
    bool refuseMoveWhileSorted();
    void fitRowHeader();
    void updateTotal();

    EditSession *m_session;
    core::Section m_section;
    QString m_key;
    SectionTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_view;
    QLabel *m_total = nullptr;
    QList<QToolButton *> m_rowButtons; ///< need a current row
};

} // namespace leadopp::ui
