#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QPoint;
class QModelIndex;
class QTableView;

namespace leadopp::ui {

class SectionTableModel;

/// The commands on a table's current cell, reachable from the keyboard as from the mouse:
/// a context menu (the menu key, Shift+F10 or a right click) with Cut, Copy, Paste, Clear,
/// the row commands and sorting by the current column. Ctrl+C copies what the view's
/// model's mimeData() gives (SectionTableModel: the text the cell shows, a choice's label
/// or an amount as formatted, and the value behind it); Ctrl+V pastes into the current cell
/// through SectionTableModel::paste() and says at the cell why, when nothing could be
/// stored; Delete clears the cell and Ctrl+X copies, then clears it. Sorting goes through
/// the view's header, as a click on it does.
class TableCellCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableCellCommands)

public:
    /// `model`: the section the view shows (through its sorting); `rowActions`: the
    /// table's row commands, listed in the menu as given.
    TableCellCommands(QTableView *view, SectionTableModel *model,
                      const QList<QAction *> &rowActions);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Opens the context menu at `viewportPos` (the current cell's centre when null).
    void showMenu(QPoint viewportPos);
    void copyCurrent();
    void pasteIntoCurrent();
    QString pasteBlock(int firstRow, int firstVisualColumn, const QList<QStringList> &block);
    void clearCurrent();
    void cutCurrent();
    bool canPaste() const;
    void addCellEditing(QMenu *menu);
    void addRowCommands(QMenu *menu);
    void addSorting(QMenu *menu);
    void sortBy(int column, Qt::SortOrder order);

    QTableView *m_view;
    SectionTableModel *m_model;
    QList<QAction *> m_rowActions;
};

} // namespace leadopp::ui
