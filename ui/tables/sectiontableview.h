#pragma once

#include <QTableView>

namespace leadopp::ui {

/// The table view of a section. Tab goes from cell to cell as in any QTableView, but not
/// round from the last cell to the first (nor Shift+Tab from the first to the last): an
/// editor open on the last cell closes there, storing what was typed, and the next Tab
/// leaves the table. Wrapping round opened the first cell with its text selected, and the
/// next key replaced the first row's value.
class SectionTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTableView)

public:
    explicit SectionTableView(QWidget *parent = nullptr) : QTableView(parent) { }

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
};

} // namespace leadopp::ui
