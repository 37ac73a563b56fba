#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace leadopp::ui {

/// The order a click on a table's column header shows the rows in. Numbers compare as
/// numbers, not as the texts their cells show ("1,152.50 EUR" would come before "9.00 EUR");
/// every other cell by the text it shows (a choice by its label, not its code), in the rep's
/// language, ignoring case, with the digits in it read as numbers ("Contact 2" before
/// "Contact 10"). Numbers come before texts (a wrong entry in a number column gathers after
/// the amounts), and empty cells come last in either order, as in a spreadsheet; rows that
/// compare equal keep the record's order. The sort keys of a column are made once per sort
/// (one per row instead of two per comparison), so that a 50,000-row table sorts in a
/// fraction of a second.
class SectionSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionSortModel)

public:
    explicit SectionSortModel(QObject *parent = nullptr);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// What a cell is compared by.
    struct SortKey {
        enum Rank { Number, Text, Empty } rank = Empty;
        double number = 0;
        std::optional<QCollatorSortKey> text;
    };

    SortKey keyOf(const QModelIndex &sourceIndex) const;
    bool precedes(const SortKey &left, const SortKey &right) const;

    QCollator m_collator;
    /// The keys of the column being sorted, by source row, while sort() runs; a row that
    /// changes later is placed by keys made for the comparison.
    std::vector<SortKey> m_keys;
};

} // namespace leadopp::ui
