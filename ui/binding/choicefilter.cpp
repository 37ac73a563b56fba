#include "ui/binding/choicefilter.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace leadopp::ui {

namespace {

// The form or box layout that holds `widget` directly, if any.
QLayout *layoutHolding(QWidget *widget)
{
    QWidget *parent = widget->parentWidget();
    if (!parent || !parent->layout())
        return nullptr;
    const auto layouts = parent->findChildren<QLayout *>();
    QList<QLayout *> candidates { parent->layout() };
    candidates += layouts;
    for (QLayout *layout : std::as_const(candidates)) {
        if (layout->indexOf(widget) >= 0)
            return layout;
    }
    return nullptr;
}

} // namespace

void ChoiceFilter::attach(QListWidget *list)
{
    if (list->findChild<ChoiceFilter *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    auto *filter = new ChoiceFilter(list);
    if (!filter->placeAroundList())
        delete filter;
}

ChoiceFilter::ChoiceFilter(QListWidget *list)
    : QObject(list), m_list(list), m_filter(new QLineEdit), m_ticked(new QLabel)
{
    m_filter->setObjectName(list->objectName() + QStringLiteral("Filter"));
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the list"));
    m_ticked->setObjectName(list->objectName() + QStringLiteral("Ticked"));
    m_ticked->setWordWrap(true);
    m_ticked->setTextFormat(Qt::PlainText);
    connect(m_filter, &QLineEdit::textChanged, this, &ChoiceFilter::applyFilter);
    // The list is refilled and reticked with its own signals blocked; its model still tells.
    QAbstractItemModel *model = list->model();
    connect(model, &QAbstractItemModel::dataChanged, this, &ChoiceFilter::updateTicked);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        applyFilter();
        updateTicked();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChoiceFilter::updateTicked);
    m_filter->installEventFilter(this);
}

namespace {

// Puts `replacement` where `widget` stands in `layout` (a form or a box layout); false, and
// nothing changed, in any other layout.
bool replaceInLayout(QLayout *layout, QWidget *widget, QWidget *replacement)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        int row = -1;
        QFormLayout::ItemRole role = QFormLayout::FieldRole;
        form->getWidgetPosition(widget, &row, &role);
        form->removeWidget(widget);
        form->setWidget(row, role, replacement);
        return true;
    }
    if (auto *boxLayout = qobject_cast<QBoxLayout *>(layout)) {
        const int at = boxLayout->indexOf(widget);
        boxLayout->removeWidget(widget);
        boxLayout->insertWidget(at, replacement);
        return true;
    }
    return false;
}

} // namespace

// A box of filter, list and ticked line takes the list's place in its layout.
bool ChoiceFilter::placeAroundList()
{
    QLayout *layout = layoutHolding(m_list);
    if (!layout) {
        delete m_filter;
        delete m_ticked;
        return false;
    }
    // The field Tab comes from: labels sit in the focus chain too, and Qt does not move a
    // widget after one that takes no focus.
    QWidget *before = m_list->previousInFocusChain();
    while (before != m_list && !(before->focusPolicy() & Qt::TabFocus))
        before = before->previousInFocusChain();
    auto *box = new QWidget;
    box->setObjectName(m_list->objectName() + QStringLiteral("Box"));
    if (!replaceInLayout(layout, m_list, box)) {
        delete box;
        delete m_filter;
        delete m_ticked;
        return false;
    }
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(m_filter);
    column->addWidget(m_list);
    column->addWidget(m_ticked);
    // In the tab order the filter comes right before its list.
    if (before != m_list)
        QWidget::setTabOrder(before, m_filter);
    QWidget::setTabOrder(m_filter, m_list);
    updateTicked();
    return true;
}

bool ChoiceFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_filter || event->type() != QEvent::KeyPress
        || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Down)
        return false;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden()) {
            m_list->setCurrentRow(row);
            break;
        }
    }
    m_list->setFocus(Qt::TabFocusReason);
    return true;
}

void ChoiceFilter::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool match = item->text().contains(text, Qt::CaseInsensitive)
            || item->toolTip().contains(text, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

void ChoiceFilter::updateTicked()
{
    QStringList ticked;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ticked.append(m_list->item(row)->text());
    }
    m_ticked->setText(
        ticked.isEmpty()
            ? tr("None ticked.")
            : tr("Ticked (%1): %2").arg(ticked.size()).arg(ticked.join(QStringLiteral("; "))));
}

} // namespace leadopp::ui
