#include "ui/tables/sectiontablewidget.h"

#include "ui/binding/editorguard.h"
#include "ui/binding/fieldeditors.h"
#include "ui/common/finishediting.h"
#include "ui/common/icons.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"
#include "ui/tables/rowheaderview.h"
#include "ui/tables/sectiondelegate.h"
#include "ui/tables/sectionsortmodel.h"
#include "ui/tables/sectiontableview.h"
#include "ui/tables/tablecellcommands.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTableView>
#include <QToolButton>

namespace leadopp::ui {

namespace {
QString currencyPath()
{
    return QStringLiteral("leadOpportunity.currency");
}
} // namespace

SectionTableWidget::SectionTableWidget(EditSession *session, core::Section section, QWidget *parent)
    : QWidget(parent), m_session(session), m_section(section),
      m_key(core::FieldCatalogue::section(section)->key),
      m_model(new SectionTableModel(session, section, this)), m_sorted(new SectionSortModel(this)),
      m_view(new SectionTableView(this))
{
    setObjectName(m_key + QStringLiteral("Section"));
    m_view->setObjectName(m_key + QStringLiteral("Table"));
    // Named after its section, as the tab says: "Offer lines", not an anonymous table.
    m_view->setAccessibleName(core::FieldCatalogue::label(*core::FieldCatalogue::section(section)));
    setUpView();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createTools());
    layout->addWidget(m_view);
    new TableCellCommands(m_view, m_model, actions());
    if (section == core::Section::OfferLines)
        addTotal(layout);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SectionTableWidget::updateButtons);
    // Rows added or moved around the current one (a paste that adds rows below it) change
    // what it can do as much as a move of the cursor does.
    for (const auto signal :
         { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved }) {
        connect(m_model, signal, this, &SectionTableWidget::updateButtons);
        connect(m_model, signal, this, &SectionTableWidget::fitRowHeader);
    }
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &SectionTableWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionTableWidget::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SectionTableWidget::fitRowHeader);
    updateButtons();
    fitRowHeader();
}

// Qt sizes the row header from its first and last hundred rows only: a flagged row between
// them, its number beside an icon, was clipped ("1004" showed as "00"). The header is kept
// wide enough for the largest row number with the icon.
void SectionTableWidget::fitRowHeader()
{
    QHeaderView *header = m_view->verticalHeader();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int icon = header->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, header);
    const QString widest = QString::number(qMax(1, m_model->rowCount()));
    header->setMinimumWidth(header->fontMetrics().horizontalAdvance(widest) + icon + 4 * margin);
}

// Cells are edited in place; a key press starts editing as in a spreadsheet.
void SectionTableWidget::setUpView()
{
    m_view->setVerticalHeader(new RowHeaderView(m_view));
    setUpSorting();
    auto *delegate = new SectionDelegate(m_view);
    connect(delegate, &SectionDelegate::typing, this, &SectionTableWidget::cellTyping);
    m_view->setItemDelegate(delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

// The row buttons above the table, each with its shortcut.
QHBoxLayout *SectionTableWidget::createTools()
{
    auto *tools = new QHBoxLayout;
    addTool(QStringLiteral("Add"), icons::add(), tr("Add row"),
            QKeySequence(Qt::CTRL | Qt::Key_Insert), &SectionTableWidget::addRow);
    m_rowButtons = {
        addTool(QStringLiteral("Duplicate"), icons::duplicate(), tr("Duplicate row"),
                QKeySequence(Qt::CTRL | Qt::Key_D), &SectionTableWidget::duplicateRow),
        addTool(QStringLiteral("Remove"), icons::remove(), tr("Remove row"),
                QKeySequence(Qt::CTRL | Qt::Key_Delete), &SectionTableWidget::removeRow),
        addTool(QStringLiteral("Up"), icons::up(), tr("Move up"),
                QKeySequence(Qt::ALT | Qt::Key_Up), &SectionTableWidget::moveUp),
        addTool(QStringLiteral("Down"), icons::down(), tr("Move down"),
                QKeySequence(Qt::ALT | Qt::Key_Down), &SectionTableWidget::moveDown),
    };
    const auto buttons = findChildren<QToolButton *>();
    for (QToolButton *button : buttons)
        tools->addWidget(button);
    tools->addStretch();
    QWidget::setTabOrder(buttons.last(), m_view); // Tab reads as the eye does: buttons, table
    return tools;
}

// Offer lines show their total below the table, kept current with every amount.
void SectionTableWidget::addTotal(QVBoxLayout *layout)
{
    m_total = new QLabel(this);
    m_total->setObjectName(m_key + QStringLiteral("Total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_total);
    connect(m_model, &SectionTableModel::totalAmountChanged, this,
            &SectionTableWidget::updateTotal);
    // The label names the currency: only an edit on its branch can change it, and
    // setting rich text on every keystroke elsewhere costs more than the edit itself.
    connect(m_session->document(), &core::Document::valueChanged, this,
            [this](const core::FieldPath &path) {
                if (core::isOnBranch(path.toString(), currencyPath()))
                    updateTotal();
            });
    connect(m_session->document(), &core::Document::documentReset, this,
            &SectionTableWidget::updateTotal);
    updateTotal();
}

QModelIndex SectionTableWidget::viewIndex(int row, int column) const
{
    return m_sorted->mapFromSource(m_model->index(row, column));
}

QToolButton *SectionTableWidget::addTool(const QString &name, const QIcon &icon,
                                         const QString &text, const QKeySequence &shortcut,
                                         void (SectionTableWidget::*slot)())
{
    auto *action = new QAction(icon, text, this);
    action->setObjectName(m_key + name + QStringLiteral("Action"));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(text + QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText)
                       + u')');
    addAction(action);
    EditorGuard::reserveActions({ action });
    connect(action, &QAction::triggered, this, slot);
    auto *button = new QToolButton(this);
    button->setObjectName(m_key + name + QStringLiteral("Button"));
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

void SectionTableWidget::commitOpenEditor()
{
    // What the rep typed is stored as its own undo step before the row command runs.
    commitOpenCellEditor(m_view);
}

std::optional<TypedCell> SectionTableWidget::typedCell() const
{
    const QWidget *editor = openCellEditor(m_view);
    const QModelIndex cell = m_sorted->mapToSource(m_view->currentIndex());
    const core::FieldSpec *spec = editor ? m_model->fieldAt(cell.column()) : nullptr;
    if (!spec)
        return std::nullopt;
    const QJsonValue value = editors::read(editor, *spec);
    if (value == cell.data(SectionTableModel::JsonValueRole).toJsonValue())
        return std::nullopt;
    return TypedCell { m_model->pathForIndex(cell), value };
}

int SectionTableWidget::currentRow() const
{
    const QModelIndex current = m_sorted->mapToSource(m_view->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void SectionTableWidget::selectRow(int row, int column)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (column < 0)
        column = qMax(0, m_view->currentIndex().column());
    m_view->setCurrentIndex(viewIndex(row, column));
    m_view->scrollTo(m_view->currentIndex());
    m_view->setFocus(Qt::OtherFocusReason);
}

void SectionTableWidget::addRow()
{
    commitOpenEditor();
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    // A new row is filled from its first cell, whichever cell was current.
    if (m_session->insertRow(m_section, row))
        selectRow(row, m_view->horizontalHeader()->logicalIndex(0));
}

void SectionTableWidget::duplicateRow()
{
    commitOpenEditor();
    const int row = currentRow();
    if (row >= 0 && m_session->duplicateRow(m_section, row))
        selectRow(row + 1);
}

// The row shown in the removed one's place becomes current: in record order the next record
// row, in a sorted view the next one shown (the next record row may be shown anywhere).
void SectionTableWidget::removeRow()
{
    commitOpenEditor();
    const int row = currentRow();
    const QModelIndex shown = m_view->currentIndex();
    if (row < 0 || !m_session->removeRow(m_section, row))
        return;
    const int place = qMin(shown.row(), m_sorted->rowCount() - 1);
    selectRow(m_sorted->mapToSource(m_sorted->index(place, shown.column())).row());
}

void SectionTableWidget::moveUp()
{
    commitOpenEditor();
    const int row = currentRow();
    if (refuseMoveWhileSorted())
        return;
    if (row > 0 && m_session->moveRow(m_section, row, row - 1))
        selectRow(row - 1);
}

void SectionTableWidget::moveDown()
{
    commitOpenEditor();
    const int row = currentRow();
    if (refuseMoveWhileSorted())
        return;
    if (row >= 0 && row + 1 < m_model->rowCount() && m_session->moveRow(m_section, row, row + 1))
        selectRow(row + 1);
}

bool SectionTableWidget::focusPath(const core::FieldPath &path)
{
    const QModelIndex index = m_sorted->mapFromSource(m_model->indexForPath(path));
    m_view->setFocus(Qt::OtherFocusReason);
    if (!index.isValid())
        return path.toString() == m_key;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void SectionTableWidget::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model->rowCount();
    m_rowButtons.at(0)->defaultAction()->setEnabled(row >= 0);
    m_rowButtons.at(1)->defaultAction()->setEnabled(row >= 0);
    // Sorted, a move is refused with the reason, from any row (refuseMoveWhileSorted).
    const bool sorted = m_view->horizontalHeader()->sortIndicatorSection() >= 0;
    m_rowButtons.at(2)->defaultAction()->setEnabled(row > 0 || (sorted && row >= 0));
    m_rowButtons.at(3)->defaultAction()->setEnabled(row >= 0 && (sorted || row + 1 < rows));
}

void SectionTableWidget::updateTotal()
{
    if (!m_total)
        return;
    m_total->setText(tr("Total: <b>%1 %2</b>")
                         .arg(QLocale().toString(m_model->totalAmount(), 'f', 2),
                              m_model->currency().toHtmlEscaped()));
}

} // namespace leadopp::ui
