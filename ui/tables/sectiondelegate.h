#pragma once

#include <QStyledItemDelegate>

namespace leadopp::ui {

/// Cell editors by field kind for a SectionTableModel: enum combos (an unknown value stays
/// visible), validated line edits for amounts and e-mails, completers for codes. Enum
/// cells show the catalogue label of a known code and name the code in their tooltip.
class SectionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SectionDelegate)

public:
    explicit SectionDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    /// Public so the shown text of a cell can be checked without painting it.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

Q_SIGNALS:
    /// The content of an open cell editor changed (typed, picked): not stored yet.
    void typing();
};

} // namespace leadopp::ui
