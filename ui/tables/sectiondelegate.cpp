#include "ui/tables/sectiondelegate.h"

#include "ui/binding/fieldeditors.h"
#include "ui/models/sectiontablemodel.h"

#include <QComboBox>
#include <QJsonValue>
#include <QLineEdit>

namespace leadopp::ui {

namespace {

const core::FieldSpec *specOf(const QModelIndex &index)
{
    auto *model = qobject_cast<const SectionTableModel *>(index.model());
    return model ? model->fieldAt(index.column()) : nullptr;
}

} // namespace

SectionDelegate::SectionDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QWidget *SectionDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const core::FieldSpec *spec = specOf(index);
    if (!spec)
        return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget *editor = spec->kind == core::FieldKind::Enum
        ? static_cast<QWidget *>(new QComboBox(parent))
        : static_cast<QWidget *>(new QLineEdit(parent));
    editor->setObjectName(QStringLiteral("cellEditor"));
    editors::prepare(editor, *spec);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setClearButtonEnabled(false);
    return editor;
}

void SectionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const core::FieldSpec *spec = specOf(index);
    if (!spec) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    editors::show(editor, *spec, index.data(SectionTableModel::JsonValueRole).toJsonValue());
}

void SectionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    const core::FieldSpec *spec = specOf(index);
    if (!spec) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QJsonValue value = editors::read(editor, *spec);
    if (value == index.data(SectionTableModel::JsonValueRole).toJsonValue())
        return;
    model->setData(index, QVariant::fromValue(value), Qt::EditRole);
}

} // namespace leadopp::ui
