#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace leadopp::ui {

class EditSession;
class SectionTableModel;

/// One array section as an editable table with row commands (add, duplicate, remove,
/// move up, move down: tool buttons and keyboard shortcuts) and, for offer lines, the
/// amount total in the lead currency. Object names derive from the section key:
/// "offerLinesTable", "offerLinesAddButton", ..., "offerLinesTotal".
class SectionTableWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionTableWidget)

public:
    SectionTableWidget(EditSession *session, core::Section section, QWidget *parent = nullptr);

    core::Section section() const { return m_section; }
    QTableView *view() const { return m_view; }
    SectionTableModel *model() const { return m_model; }
    /// Selects the cell (or row) of `path` without opening an editor; false when the path
    /// is not in this table.
    bool focusPath(const core::FieldPath &path);

    /// Stores the cell being edited, if any, and closes its editor.
    void commitOpenEditor();

    void addRow();
    void duplicateRow();
    void removeRow();
    void moveUp();
    void moveDown();

private:
    QToolButton *addTool(const QString &name, const QIcon &icon, const QString &text,
                         const QKeySequence &shortcut, void (SectionTableWidget::*slot)());
    int currentRow() const;
    void selectRow(int row);
    void updateButtons();
    void updateTotal();

    EditSession *m_session;
    core::Section m_section;
    QString m_key;
    SectionTableModel *m_model;
    QTableView *m_view;
    QLabel *m_total = nullptr;
    QList<QToolButton *> m_rowButtons; ///< need a current row
};

} // namespace leadopp::ui
