#pragma once

#include <QHeaderView>

namespace leadopp::ui {

/// A table's row header, as wide as its largest row number beside an issue icon (its
/// minimum width, which the table sets). Qt's own size hint measures the first and the last
/// hundred rows again whenever any row's header data changes, which every edit that raises
/// or clears a problem does; this one measures the last row only.
class RowHeaderView final : public QHeaderView
{
    Q_OBJECT

public:
    explicit RowHeaderView(QWidget *parent = nullptr);

    QSize sizeHint() const override;
};

} // namespace leadopp::ui
