#include "ui/tables/tablecellcommands.h"

#include "core/catalogue/pastedtext.h"
#include "ui/common/mnemonics.h"
#include "ui/models/sectiontablemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonValue>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QTableView>
#include <QToolTip>

#include <algorithm>
#include <functional>

namespace leadopp::ui {

TableCellCommands::TableCellCommands(QTableView *view, SectionTableModel *model,
                                     const QList<QAction *> &rowActions)
    : QObject(view), m_view(view), m_model(model), m_rowActions(rowActions)
{
    setObjectName(view->objectName() + QStringLiteral("CellCommands"));
    // A right click reaches the viewport, the menu key the view (the focus widget). The view
    // sees keys only while no cell editor is open: an editor copies its own text.
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
}

bool TableCellCommands::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ContextMenu) {
        const auto *request = static_cast<QContextMenuEvent *>(event);
        // From the keyboard, the menu opens on the current cell, wherever the mouse is.
        showMenu(request->reason() == QContextMenuEvent::Mouse && watched == m_view->viewport()
                     ? request->pos()
                     : QPoint());
        return true;
    }
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Copy)) {
        copyCurrent();
        return true;
    }
    if (key->matches(QKeySequence::Paste)) {
        pasteIntoCurrent();
        return true;
    }
    if (key->matches(QKeySequence::Cut)) {
        cutCurrent();
        return true;
    }
    if (key->matches(QKeySequence::Delete)) {
        clearCurrent();
        return true;
    }
    // Shift+F10 opens a context menu on Windows and in GNOME and KDE; Qt maps only the menu key.
    if (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier) {
        showMenu(QPoint());
        return true;
    }
    return false;
}

void TableCellCommands::copyCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setMimeData(m_view->model()->mimeData({ current }));
}

// One undoable edit, as clearing the cell's editor and pressing Enter would be.
void TableCellCommands::clearCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.flags().testFlag(Qt::ItemIsEditable))
        m_view->model()->setData(current, QVariant::fromValue(QJsonValue(QJsonValue::Undefined)));
}

void TableCellCommands::cutCurrent()
{
    copyCurrent();
    clearCurrent();
}

// Nothing is pasted in silence: what cannot be stored is said at the cell.
void TableCellCommands::pasteIntoCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    // With no current cell there is nowhere to paste, unless the table is empty: then what is
    // pasted fills new rows from the first column.
    const bool empty = m_view->model()->rowCount() == 0;
    if (!clipboard || (!current.isValid() && !empty))
        return;
    const QList<QStringList> block = core::clipboardCells(clipboard->text());
    const bool oneCell = block.size() <= 1 && block.value(0).size() <= 1;
    const QString refusal = !empty && (oneCell || SectionTableModel::holdsCopiedCell(*clipboard))
        ? m_model->paste(sectionCellOf(current), *clipboard)
        : pasteBlock(current.isValid() ? current.row() : 0,
                     current.isValid() ? m_view->horizontalHeader()->visualIndex(current.column())
                                       : 0,
                     block);
    if (refusal.isEmpty()) {
        if (empty && m_view->model()->rowCount() > 0)
            m_view->setCurrentIndex(
                m_view->model()->index(0, m_view->horizontalHeader()->logicalIndex(0)));
        return;
    }
    const QRect rect = current.isValid() ? m_view->visualRect(current) : m_view->viewport()->rect();
    QToolTip::showText(m_view->viewport()->mapToGlobal(rect.bottomLeft()), refusal,
                       m_view->viewport(), rect);
}

// A block copied from a spreadsheet fills the cells from (`firstRow`, `firstVisualColumn`)
// rightwards and downwards as the rep sees them: in a sorted view, the rows shown below,
// taken before the first value stored sorts them again. Rows past the last shown are added.
QString TableCellCommands::pasteBlock(int firstRow, int firstVisualColumn,
                                      const QList<QStringList> &block)
{
    QAbstractItemModel *shown = m_view->model();
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns; // of the section model, for the block's columns
    for (const QStringList &line : block) {
        while (columns.size() < line.size()) {
            const int logical = header->logicalIndex(firstVisualColumn + int(columns.size()));
            if (logical < 0)
                return tr("The clipboard holds rows of %1 cells; from the current cell the "
                          "table has %2 columns.")
                    .arg(line.size())
                    .arg(columns.size());
            // The sorting proxy keeps the columns: an empty table maps them as they are.
            const QModelIndex cell = sectionCellOf(shown->index(0, logical));
            columns.append(cell.isValid() ? cell.column() : logical);
        }
    }
    QList<SectionTableModel::PastedCell> cells;
    int added = 0;
    for (qsizetype row = 0; row < block.size(); ++row) {
        const QModelIndex cell = sectionCellOf(shown->index(firstRow + int(row), 0));
        const int target = cell.isValid() ? cell.row() : m_model->rowCount() + added++;
        for (qsizetype column = 0; column < block.at(row).size(); ++column)
            cells.append({ target, columns.at(column), block.at(row).at(column) });
    }
    return m_model->pasteCells(cells);
}

bool TableCellCommands::canPaste() const
{
    const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
    const bool empty = m_view->model()->rowCount() == 0;
    if (!clipboard || (!empty && !m_view->currentIndex().flags().testFlag(Qt::ItemIsEditable)))
        return false;
    const QStringList formats = m_view->model()->mimeTypes();
    return std::any_of(formats.cbegin(), formats.cend(),
                       [clipboard](const QString &format) { return clipboard->hasFormat(format); });
}

void TableCellCommands::showMenu(QPoint viewportPos)
{
    if (viewportPos.isNull())
        viewportPos = m_view->currentIndex().isValid()
            ? m_view->visualRect(m_view->currentIndex()).center()
            : m_view->viewport()->rect().center();
    auto *menu = new QMenu(m_view);
    menu->setObjectName(m_view->objectName() + QStringLiteral("Menu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    addCellEditing(menu);
    menu->addSeparator();
    addRowCommands(menu);
    addSorting(menu);
    mnemonics::assignInMenu(menu); // every entry a letter of its own, in the menu's language
    // Not exec(): a nested event loop would hold up whatever opened the menu.
    menu->popup(m_view->viewport()->mapToGlobal(viewportPos));
}

// Cut, Copy, Paste and Clear of the current cell. The shortcuts are shown beside the
// entries; the view's key filter handles the keys.
void TableCellCommands::addCellEditing(QMenu *menu)
{
    const bool editable = m_view->currentIndex().flags().testFlag(Qt::ItemIsEditable);
    const auto add = [&](const QString &text, QKeySequence::StandardKey key, bool enabled,
                         const std::function<void()> &command) {
        QAction *action = menu->addAction(text, this, command);
        action->setShortcut(key);
        action->setEnabled(enabled);
    };
    add(tr("Cut"), QKeySequence::Cut, editable, [this] { cutCurrent(); });
    add(tr("Copy"), QKeySequence::Copy, m_view->currentIndex().isValid(),
        [this] { copyCurrent(); });
    add(tr("Paste"), QKeySequence::Paste, canPaste(), [this] { pasteIntoCurrent(); });
    add(tr("Clear"), QKeySequence::Delete, editable, [this] { clearCurrent(); });
}

// The row commands of the table's tool buttons, as entries of this menu alone: the Alt+letters
// they take here are not the buttons'.
void TableCellCommands::addRowCommands(QMenu *menu)
{
    for (QAction *command : std::as_const(m_rowActions)) {
        QAction *entry
            = menu->addAction(command->icon(), command->text(), command, &QAction::trigger);
        entry->setShortcut(command->shortcut());
        entry->setEnabled(command->isEnabled());
    }
}

// Three exclusive entries for the current column: as a click on its header, twice, thrice.
void TableCellCommands::addSorting(QMenu *menu)
{
    const int column = m_view->currentIndex().column();
    if (column < 0)
        return;
    menu->addSeparator();
    const QString name = m_view->model()->headerData(column, Qt::Horizontal).toString();
    const QHeaderView *header = m_view->horizontalHeader();
    const bool sortedHere = header->sortIndicatorSection() == column;
    auto *group = new QActionGroup(menu);
    const auto add = [&](const QString &text, int by, Qt::SortOrder order, bool checked) {
        QAction *action = menu->addAction(text, this, [this, by, order] { sortBy(by, order); });
        action->setCheckable(true);
        action->setChecked(checked);
        group->addAction(action);
    };
    add(tr("Sort by “%1”, ascending").arg(name), column, Qt::AscendingOrder,
        sortedHere && header->sortIndicatorOrder() == Qt::AscendingOrder);
    add(tr("Sort by “%1”, descending").arg(name), column, Qt::DescendingOrder,
        sortedHere && header->sortIndicatorOrder() == Qt::DescendingOrder);
    add(tr("Show in record order"), -1, Qt::AscendingOrder, header->sortIndicatorSection() < 0);
}

void TableCellCommands::sortBy(int column, Qt::SortOrder order)
{
    // Through the header, as a click: its indicator shows the order, and the view sorts.
    m_view->horizontalHeader()->setSortIndicator(column, order);
    m_view->scrollTo(m_view->currentIndex());
}

} // namespace leadopp::ui
