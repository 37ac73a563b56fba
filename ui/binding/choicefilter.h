#pragma once

#include <QObject>

class QLabel;
class QLineEdit;
class QListWidget;

namespace leadopp::ui {

/// Makes a long checkable list usable (43 reasons lost): a filter box above it that hides
/// the items whose label and code do not contain the text typed (Down goes on into the
/// list), and a line below it naming the ticked items, so what is ticked is visible
/// without scrolling. Both are placed in the list's own layout, around the list; object
/// names are the list's plus "Filter" and "Ticked".
class ChoiceFilter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceFilter)

public:
    /// Adds the filter to `list` unless it has one already, or has no layout to go in.
    static void attach(QListWidget *list);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ChoiceFilter(QListWidget *list);
    bool placeAroundList();
    void applyFilter();
    void updateTicked();

    QListWidget *m_list;
    QLineEdit *m_filter;
    QLabel *m_ticked;
};

} // namespace leadopp::ui
