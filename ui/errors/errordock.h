#pragma once

#include "core/catalogue/fieldpath.h"

#include <QDockWidget>
#include <QPersistentModelIndex>

class QLabel;
class QTableView;

namespace leadopp::ui {

class ErrorListModel;

/// The "Problems" dock (objectName "errorDock"): every finding and server error of the
/// current document in form order, record-level ones on top, in a table ("errorList").
/// Activating a row, or stepping with next()/previous() (F8 / Shift+F8, wrapping), asks
/// the window to focus that field.
class ErrorDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorDock)

public:
    explicit ErrorDock(QWidget *parent = nullptr);

    /// Shows the issues of another document (null: none).
    void setModel(ErrorListModel *model);
    QTableView *view() const { return m_view; }

    /// Goes to the next / previous *open* problem after `focusPath` (the field the rep is
    /// in; empty: after the problem selected in the list), wrapping, and says "3 of 7".
    void next(const QString &focusPath = QString());
    void previous(const QString &focusPath = QString());
    /// The keyboard is now in the draft's field or cell at `focusPath` (empty: elsewhere, in
    /// the list itself for one). Away from the problem last gone to, the list stops naming
    /// it ("Problem 3 of 7", "This problem is addressed") and F8 goes on from that field.
    void focusMovedTo(const QString &focusPath);

Q_SIGNALS:
    void pathActivated(const leadopp::core::FieldPath &path);

private:
    void step(int delta, const QString &focusPath);
    void activateRow(int row);
    void updateSummary();
    QString placeText() const;
    void restoreCurrent();
    void forgetSolved();

    QTableView *m_view;
    QLabel *m_summary;
    ErrorListModel *m_model = nullptr;
    QString m_lastPath;                ///< the problem last gone to (null: none)
    QPersistentModelIndex m_lastIndex; ///< its row, as the list moves it
    QString m_solvedPath;              ///< where the problem the rep's edit solved was (null: none)
};

} // namespace leadopp::ui
