#include "ui/errors/errordock.h"

#include "ui/models/errorlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace leadopp::ui {

namespace {

// Qt 6.4's QTableView tells screen readers "focus is here" on every change of its current
// cell, focused or not: F8 would be heard as landing in this list while the keyboard is in
// the field it moved to. The list says so only while it really has the focus.
class ProblemsView final : public QTableView
{
public:
    using QTableView::QTableView;

    // The kind and code columns fit their contents, and Qt would lay out the text of every
    // row (up to 1,000) at each relayout of the list: most of a window's first layout with a
    // long list. They repeat a few values, so one row of each value is measured instead.
    int sizeHintForColumn(int column) const override
    {
        const auto *problems = qobject_cast<const ErrorListModel *>(model());
        if (!problems
            || (column != ErrorListModel::KindColumn && column != ErrorListModel::CodeColumn))
            return QTableView::sizeHintForColumn(column);
        ensurePolished();
        QStyleOptionViewItem option;
        initViewItemOption(&option);
        QSet<QString> measured;
        int hint = 0;
        for (int row = 0; row < problems->rowCount(); ++row) {
            // Neither changes with row numbers: read without writing the row's texts.
            const QString value = column == ErrorListModel::KindColumn
                ? QString::number(int(problems->kindAt(row)))
                : problems->codeAt(row);
            if (measured.contains(value))
                continue;
            measured.insert(value);
            const QModelIndex index = problems->index(row, column);
            hint = qMax(hint, itemDelegateForIndex(index)->sizeHint(option, index).width());
        }
        return showGrid() ? hint + 1 : hint;
    }

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override
    {
        if (hasFocus())
            QTableView::currentChanged(current, previous);
        else
            QAbstractItemView::currentChanged(current, previous);
    }
};

} // namespace

ErrorDock::ErrorDock(QWidget *parent)
    : QDockWidget(tr("Problems"), parent), m_view(new ProblemsView(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("errorDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_view->setObjectName(QStringLiteral("errorList"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(22);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Problems"));
    m_summary->setObjectName(QStringLiteral("errorSummary"));
    m_summary->setContentsMargins(4, 2, 4, 2);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    setWidget(content);
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_view, &QAbstractItemView::clicked, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    updateSummary();
}

void ErrorDock::setModel(ErrorListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_lastPath = QString();
    m_solvedPath = QString();
    m_view->setModel(model);
    m_lastIndex = QPersistentModelIndex();
    if (model) {
        connect(model, &ErrorListModel::countsChanged, this, &ErrorDock::restoreCurrent);
        QHeaderView *header = m_view->horizontalHeader();
        header->setSectionResizeMode(ErrorListModel::KindColumn, QHeaderView::ResizeToContents);
        header->resizeSection(ErrorListModel::FieldColumn, 210);
        // The message is what a rep reads: it gets the width; the raw path is for support.
        header->setStretchLastSection(false);
        header->setSectionResizeMode(ErrorListModel::MessageColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(ErrorListModel::CodeColumn, QHeaderView::ResizeToContents);
        header->resizeSection(ErrorListModel::PathColumn, 220);
    }
    updateSummary();
}

void ErrorDock::next(const QString &focusPath)
{
    step(1, focusPath);
}

void ErrorDock::previous(const QString &focusPath)
{
    step(-1, focusPath);
}

void ErrorDock::focusMovedTo(const QString &focusPath)
{
    // A problem of a row is gone to in its first cell; one of a list item, in its list.
    const QString &named = m_lastPath.isNull() ? m_solvedPath : m_lastPath;
    const bool onIt = core::isPathPrefix(named, focusPath) || core::isPathPrefix(focusPath, named);
    if (focusPath.isEmpty() || named.isNull() || onIt)
        return;
    m_lastPath = QString();
    m_lastIndex = QPersistentModelIndex();
    m_solvedPath = QString();
    m_view->selectionModel()->clear();
    updateSummary();
}

void ErrorDock::step(int delta, const QString &focusPath)
{
    if (!m_model)
        return;
    const QModelIndex current = m_view->currentIndex();
    const int row = m_model->stepFrom(focusPath, current.isValid() ? current.row() : -1, delta);
    if (row >= 0)
        activateRow(row);
    updateSummary();
}

void ErrorDock::activateRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_solvedPath = QString();
    m_view->setCurrentIndex(m_model->index(row, ErrorListModel::FieldColumn));
    m_view->scrollTo(m_view->currentIndex());
    m_lastPath = m_model->issueAt(row).path;
    m_lastIndex = m_view->currentIndex();
    updateSummary(); // chosen in the list as well as by F8: its place is said
    Q_EMIT pathActivated(m_model->pathAt(row));
}

namespace {

// The same field, on the same row or another one of its section: what a problem's path
// becomes when a row command renumbers its row.
bool sameFieldOfARow(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    QList<core::FieldPath::Segment> left = core::FieldPath::parse(a).segments();
    QList<core::FieldPath::Segment> right = core::FieldPath::parse(b).segments();
    if (left.size() < 2 || left.size() != right.size() || !std::holds_alternative<int>(left.at(1))
        || !std::holds_alternative<int>(right.at(1)))
        return false;
    left[1] = right.at(1);
    return left == right;
}

} // namespace

// Select again the problem the rep was sent to, so its place ("3 of 7") and F8 go on from
// there. The list keeps its rows through edits and row commands, and the row of that
// problem follows them: it is looked for by its path only when it went.
void ErrorDock::restoreCurrent()
{
    if (m_model && !m_lastPath.isNull()) {
        int found = -1;
        if (m_lastIndex.isValid()
            && sameFieldOfARow(m_model->issueAt(m_lastIndex.row()).path, m_lastPath)) {
            found = m_lastIndex.row();
        }
        for (int row = 0; found < 0 && row < m_model->rowCount(); ++row) {
            if (m_model->issueAt(row).path == m_lastPath)
                found = row;
        }
        if (found >= 0) {
            m_lastPath = m_model->issueAt(found).path;
            m_lastIndex = m_model->index(found, ErrorListModel::FieldColumn);
            if (m_view->currentIndex() != m_lastIndex)
                m_view->setCurrentIndex(m_lastIndex);
        } else {
            forgetSolved();
        }
    }
    updateSummary();
}

// The problem went from the list: the list must not pass the row that took its place off as
// the one the rep is on ("Problem 1 of 74" while the rep is still in the field they fixed),
// and F8 goes on from the field in focus.
void ErrorDock::forgetSolved()
{
    m_solvedPath = m_lastPath;
    m_lastPath = QString();
    m_lastIndex = QPersistentModelIndex();
    m_view->selectionModel()->clear();
}

// Where the selected problem stands: its place among the open ones, or, once the rep's edit
// has addressed it, that it is (F8 goes on from it to the next open one).
QString ErrorDock::placeText() const
{
    const QModelIndex current = m_view->currentIndex();
    const int place = m_model->openOrdinal(current.row());
    if (place > 0)
        return tr("Problem %1 of %2").arg(place).arg(m_model->openCount()) + QStringLiteral(" · ");
    if (current.isValid() && current.data(ErrorListModel::AddressedRole).toBool())
        return tr("This problem is addressed") + QStringLiteral(" · ");
    return !m_solvedPath.isNull() ? tr("This problem is solved") + QStringLiteral(" · ")
                                  : QString();
}

void ErrorDock::updateSummary()
{
    if (!m_model) {
        m_summary->setText(QString());
        return;
    }
    const int errors = m_model->errorCount();
    const int warnings = m_model->warningCount();
    const int addressed = m_model->rowCount() - errors - warnings;
    QString text = (errors == 0 && warnings == 0) ? tr("No problems found.")
                                                  : tr("%n error(s)", nullptr, errors)
            + QStringLiteral(" · ") + tr("%n warning(s)", nullptr, warnings);
    if (addressed > 0)
        text += QStringLiteral(" · ") + tr("%n addressed", nullptr, addressed);
    text = placeText() + text;
    m_summary->setText(text + QStringLiteral(" — ") + tr("F8 / Shift+F8 to step through"));
}

} // namespace leadopp::ui
