#include "ui/tables/sectionsortmodel.h"

#include "ui/models/sectiontablemodel.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>

namespace leadopp::ui {

namespace {

QCollator collatorForTheRep()
{
    QCollator collator { QLocale() };
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

} // namespace

SectionSortModel::SectionSortModel(QObject *parent)
    : QSortFilterProxyModel(parent), m_collator(collatorForTheRep())
{ }

void SectionSortModel::sort(int column, Qt::SortOrder order)
{
    // The rep may have chosen another language since the last sort.
    m_collator = collatorForTheRep();
    keepKeys();
    // Made in row order up front (the sort asks for them in no order at all), unless the
    // proxy keeps the order it has.
    const bool sortsAgain = column != sortColumn() || order != sortOrder() || !dynamicSortFilter();
    QAbstractItemModel *source = sourceModel();
    if (source && sortsAgain && column >= 0 && column < source->columnCount()) {
        for (int row = 0; row < source->rowCount(); ++row)
            keptKeyOf(source->index(row, column));
    }
    QSortFilterProxyModel::sort(column, order);
    endKeepingKeys();
}

// The proxy connects to the source first, so it has sorted the rows again by the time the
// source's reset or new layout reaches these connections' ends.
void SectionSortModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    using M = QAbstractItemModel;
    m_sourceConnections = {
        connect(source, &M::modelAboutToBeReset, this, &SectionSortModel::keepKeys),
        connect(source, &M::modelReset, this, &SectionSortModel::endKeepingKeys),
        connect(source, &M::layoutAboutToBeChanged, this, &SectionSortModel::keepKeys),
        connect(source, &M::layoutChanged, this, &SectionSortModel::endKeepingKeys),
    };
}

void SectionSortModel::keepKeys()
{
    m_keys.clear();
    m_keepingKeys = true;
}

void SectionSortModel::endKeepingKeys()
{
    m_keepingKeys = false;
    m_keys.clear();
    m_keys.shrink_to_fit();
}

bool SectionSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (m_keepingKeys)
        return precedes(keptKeyOf(left), keptKeyOf(right));
    return precedes(keyOf(left), keyOf(right));
}

const SectionSortModel::SortKey &SectionSortModel::keptKeyOf(const QModelIndex &sourceIndex) const
{
    const auto row = size_t(sourceIndex.row());
    if (row >= m_keys.size())
        m_keys.resize(std::max(size_t(sourceIndex.model()->rowCount()), row + 1));
    if (!m_keys[row])
        m_keys[row] = keyOf(sourceIndex);
    return *m_keys[row];
}

// A descending sort puts `right` first when lessThan(left, right): empty cells count as less
// than any value then, so that they stay at the bottom either way, as in a spreadsheet.
bool SectionSortModel::precedes(const SortKey &left, const SortKey &right) const
{
    const bool leftEmpty = left.rank == SortKey::Empty;
    if (leftEmpty != (right.rank == SortKey::Empty))
        return leftEmpty == (sortOrder() == Qt::DescendingOrder);
    if (left.rank != right.rank)
        return left.rank < right.rank;
    if (left.rank == SortKey::Number)
        return left.number < right.number;
    return left.rank == SortKey::Text && left.text->compare(*right.text) < 0;
}

SectionSortModel::SortKey SectionSortModel::keyOf(const QModelIndex &sourceIndex) const
{
    const QJsonValue value = sourceIndex.data(SectionTableModel::JsonValueRole).value<QJsonValue>();
    SortKey key;
    if (value.isDouble()) {
        key.rank = SortKey::Number;
        key.number = value.toDouble();
        return key;
    }
    // Anything else compares by the text its cell shows: a choice by its label in the rep's
    // language, as it is read, not by its code.
    const auto *model = qobject_cast<const SectionTableModel *>(sourceIndex.model());
    const QString text
        = model ? model->shownText(sourceIndex.column(), value) : sourceIndex.data().toString();
    if (text.trimmed().isEmpty())
        return key;
    key.rank = SortKey::Text;
    key.text = m_collator.sortKey(text);
    return key;
}

} // namespace leadopp::ui
