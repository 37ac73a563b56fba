#include "ui/binding/choiceeditors.h"

#include "ui/binding/choicecodesearch.h"
#include "ui/binding/choicefilter.h"
#include "ui/common/icons.h"
#include "ui/common/jsontext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QListWidget>

#include <algorithm>

namespace leadopp::ui::editors::choices {

namespace {

constexpr int kValueRole = Qt::UserRole + 1;
constexpr int kUnknownRole = Qt::UserRole + 2;

QString unknownTip()
{
    return QCoreApplication::translate("Editors", "Not one of the values the API accepts");
}

// A known code shows its label and keeps the code in the tooltip, for those who know the
// codes; anything else shows as it is stored.
QString itemText(const core::FieldSpec &spec, const QJsonValue &value, bool unknown)
{
    return unknown ? jsonText(value) : core::FieldCatalogue::enumLabel(spec, value.toString());
}

QString itemTip(const QJsonValue &value, bool unknown)
{
    return unknown ? unknownTip() : value.toString();
}

// At `row`, or last.
void addComboItem(QComboBox *combo, const QString &text, const QJsonValue &value, bool unknown,
                  int row = -1)
{
    row = row < 0 ? combo->count() : row;
    combo->insertItem(row, unknown ? icons::warning() : QIcon(), text);
    combo->setItemData(row, QVariant::fromValue(value), kValueRole);
    combo->setItemData(row, unknown, kUnknownRole);
    if (unknown || value.isString())
        combo->setItemData(row, itemTip(value, unknown), Qt::ToolTipRole);
}

void fillCombo(QComboBox *combo, const core::FieldSpec &spec)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    addComboItem(combo, QCoreApplication::translate("Editors", "(not set)"),
                 QJsonValue(QJsonValue::Undefined), false);
    for (const QString &value : spec.enumValues)
        addComboItem(combo, itemText(spec, value, false), value, false);
}

void addListItem(QListWidget *list, const core::FieldSpec &spec, const QJsonValue &value,
                 bool unknown, bool checked)
{
    auto *item = new QListWidgetItem(itemText(spec, value, unknown), list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setData(kValueRole, QVariant::fromValue(value));
    item->setData(kUnknownRole, unknown);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(itemTip(value, unknown));
    if (unknown)
        item->setIcon(icons::warning());
}

void showCombo(QComboBox *combo, const core::FieldSpec &spec, const QJsonValue &value)
{
    const QSignalBlocker blocker(combo);
    if (combo->count() != spec.enumValues.size() + 1)
        fillCombo(combo, spec); // drops a former unknown value
    int row = 0;
    if (!value.isUndefined() && !value.isNull()) {
        row = value.isString() ? int(spec.enumValues.indexOf(value.toString())) + 1 : 0;
        // A value the API refuses goes first after "(not set)": Down from it goes on to the
        // values it takes, as Up goes to none.
        if (row <= 0) {
            row = 1;
            addComboItem(combo, itemText(spec, value, true), value, true, row);
        }
    }
    combo->setCurrentIndex(row);
}

// Same items, other ticks: tick in place, so the current item (and Space on it) stays.
bool retick(QListWidget *list, const core::FieldSpec &spec, const QJsonValue &value)
{
    const QJsonArray stored = value.isArray() ? value.toArray() : QJsonArray();
    const bool allKnown = std::all_of(stored.begin(), stored.end(), [&spec](const QJsonValue &v) {
        return v.isString() && spec.enumValues.contains(v.toString());
    });
    if (list->count() != spec.enumValues.size() || !allKnown
        || (!value.isArray() && !value.isUndefined() && !value.isNull()))
        return false;
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        item->setCheckState(stored.contains(item->data(kValueRole).toJsonValue()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
    }
    return true;
}

void showList(QListWidget *list, const core::FieldSpec &spec, const QJsonValue &value)
{
    const QSignalBlocker blocker(list);
    if (retick(list, spec, value))
        return;
    list->clear();
    const QJsonArray stored = value.isArray() ? value.toArray() : QJsonArray();
    // Unknown values first: they are what needs attention.
    for (const QJsonValue &item : stored) {
        if (!item.isString() || !spec.enumValues.contains(item.toString()))
            addListItem(list, spec, item, true, true);
    }
    // A scalar where an array belongs is kept as one unknown, checked entry.
    if (!value.isArray() && !value.isUndefined() && !value.isNull())
        addListItem(list, spec, value, true, true);
    for (const QString &known : spec.enumValues)
        addListItem(list, spec, known, false, stored.contains(known));
}

} // namespace

void prepare(QWidget *editor, const core::FieldSpec &spec)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setEditable(false);
        fillCombo(combo, spec);
        ChoiceCodeSearch::attach(combo, kValueRole, kUnknownRole);
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        list->setSelectionMode(QAbstractItemView::NoSelection);
        list->setUniformItemSizes(true);
        showList(list, spec, QJsonValue());
        ChoiceFilter::attach(list);
    }
}

bool show(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        showCombo(combo, spec, value);
        return true;
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        showList(list, spec, value);
        return true;
    }
    return false;
}

QJsonValue read(const QWidget *editor)
{
    if (auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentData(kValueRole).toJsonValue();
    auto *list = qobject_cast<const QListWidget *>(editor);
    if (!list)
        return QJsonValue(QJsonValue::Undefined);
    QJsonArray checked;
    for (int row = 0; row < list->count(); ++row) {
        const QListWidgetItem *item = list->item(row);
        if (item->checkState() == Qt::Checked)
            checked.append(item->data(kValueRole).toJsonValue());
    }
    return checked.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(checked);
}

void connectEdits(QWidget *editor, QObject *context, const std::function<void()> &edited)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        QObject::connect(combo, &QComboBox::activated, context, edited);
    else if (auto *list = qobject_cast<QListWidget *>(editor))
        QObject::connect(list, &QListWidget::itemChanged, context, edited);
}

} // namespace leadopp::ui::editors::choices
