#include "core/document/changelist.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/exporter.h"
#include "core/codec/patchbody.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>

namespace leadopp::core {

namespace {

bool isEmptyValue(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

// "", [] and no value at all mean the same to the API's merge (nothing there) and read the
// same in the review, "(empty)": such a pair is no change.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    return a == b || (isEmptyValue(a) && isEmptyValue(b));
}

void compareMembers(const QString &prefix, const QString &container, const QJsonObject &before,
                    const QJsonObject &after, QList<FieldChange> &changes)
{
    const QString rowPrefix = prefix.isEmpty() ? QString() : prefix + u'.';
    for (const FieldSpec &spec : FieldCatalogue::fields()) {
        if (spec.container() != container)
            continue;
        const QJsonValue old = before.value(spec.name());
        const QJsonValue now = after.value(spec.name());
        if (sameValue(old, now))
            continue;
        const QString path = rowPrefix + spec.name();
        changes.append({ path, FieldCatalogue::labelForPath(path), old, now });
    }
}

void compareRows(const SectionSpec &section, const QJsonArray &before, const QJsonArray &after,
                 QList<FieldChange> &changes)
{
    const qsizetype rows = std::max(before.size(), after.size());
    for (qsizetype row = 0; row < rows; ++row) {
        compareMembers(QStringLiteral("%1[%2]").arg(section.key).arg(row),
                       section.key + QStringLiteral("[]"), before.at(row).toObject(),
                       after.at(row).toObject(), changes);
    }
}

} // namespace

QList<FieldChange> fieldChanges(const QJsonObject &base, const QJsonObject &record)
{
    const QJsonObject before = exportObject(base, ExportMode::Update);
    const QJsonObject after = exportObject(record, ExportMode::Update);
    QList<FieldChange> changes;
    compareMembers(QString(), QString(), before, after, changes);
    for (const SectionSpec &section : FieldCatalogue::sections()) {
        if (section.key.isEmpty())
            continue;
        const QJsonValue old = before.value(section.key);
        const QJsonValue now = after.value(section.key);
        if (section.isArray)
            compareRows(section, old.toArray(), now.toArray(), changes);
        else
            compareMembers(section.key, section.key, old.toObject(), now.toObject(), changes);
    }
    return changes;
}

QList<FieldChange> unsentChanges(const Draft &draft)
{
    if (sendsWholeRecord(draft, ExportMode::Update, PatchScope::Changes))
        return {};
    const QJsonObject sent = requestObject(draft, ExportMode::Update, PatchScope::Changes);
    return fieldChanges(mergedAfterPatch(draft.base.record, sent), draft.record);
}

QString unsentReason()
{
    return QCoreApplication::translate("ChangeList", "not sent: an update cannot clear it");
}

QString unsentChangeLine(const FieldChange &change)
{
    return QStringLiteral("%1 (%2)").arg(changeLine(change), unsentReason());
}

QStringList changePaths(const QList<FieldChange> &changes)
{
    QStringList paths;
    for (const FieldChange &change : changes)
        paths.append(change.path);
    return paths;
}

QString changeValueText(const QJsonValue &value)
{
    if (isEmptyValue(value))
        return QCoreApplication::translate("ChangeList", "(empty)");
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(changeValueText(item));
        return items.join(QStringLiteral(", "));
    }
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString changeLine(const FieldChange &change)
{
    return QCoreApplication::translate("ChangeList", "%1: %2 → %3")
        .arg(change.label, changeValueText(change.before), changeValueText(change.after));
}

} // namespace leadopp::core
