#include "core/codec/recordnormaliser.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/documentreader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

namespace leadopp::core {

namespace {

// Per container ("" for the record root, "leadOpportunity", "offerLines[]", ...): the
// canonical names, and folded names (canonical or alias) -> canonical name.
struct ContainerNames {
    QSet<QString> canonical;
    QStringList ordered; ///< the canonical names in catalogue order (common members first)
    QHash<QString, QString> folded;

    void add(const QString &name, const QStringList &aliases)
    {
        if (!canonical.contains(name))
            ordered.append(name);
        canonical.insert(name);
        folded.insert(FieldCatalogue::foldName(name), name);
        for (const QString &alias : aliases)
            folded.insert(FieldCatalogue::foldName(alias), name);
    }
};

QHash<QString, ContainerNames> buildIndex()
{
    QHash<QString, ContainerNames> index;
    for (const FieldSpec &spec : FieldCatalogue::fields())
        index[spec.container()].add(spec.name(), spec.aliases);
    for (const SectionSpec &section : FieldCatalogue::sections()) {
        if (!section.key.isEmpty())
            index[QString()].add(section.key, section.aliases);
    }
    return index;
}

const QHash<QString, ContainerNames> &containers()
{
    static const QHash<QString, ContainerNames> index = buildIndex();
    return index;
}

const ContainerNames &namesOf(const QString &container)
{
    static const ContainerNames none;
    const auto it = containers().constFind(container);
    return it == containers().cend() ? none : *it;
}

// Most members already carry their canonical name: those skip the folding.
QString canonicalName(const ContainerNames &names, const QString &name)
{
    if (names.canonical.contains(name))
        return name;
    return names.folded.value(FieldCatalogue::foldName(name));
}

// Renames members to their canonical names; when the canonical member already exists
// the alias stays under its own name, so nothing is lost.
QJsonObject renameMembers(const QJsonObject &object, const QString &container)
{
    const ContainerNames &names = namesOf(container);
    QJsonObject result = object;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString canonical = canonicalName(names, it.key());
        if (canonical.isEmpty() || canonical == it.key() || result.contains(canonical))
            continue;
        result.remove(it.key());
        result.insert(canonical, it.value());
    }
    return result;
}

bool isLiftable(const QString &rootName)
{
    const QString opportunity = FieldCatalogue::section(Section::Opportunity)->key;
    return !rootName.isEmpty() && rootName != opportunity && rootName != QLatin1String("partnerId");
}

// True when liftNestedSections() would move nothing: no member of leadOpportunity names a
// root member (by its canonical name) that the root lacks.
bool nothingToLift(const QJsonObject &record)
{
    const QJsonValue value = record.value(FieldCatalogue::section(Section::Opportunity)->key);
    if (!value.isObject())
        return true;
    const QJsonObject opportunity = value.toObject();
    for (auto it = opportunity.begin(); it != opportunity.end(); ++it) {
        const QString rootName = canonicalName(namesOf(QString()), it.key());
        if (isLiftable(rootName) && !record.contains(rootName))
            return false;
    }
    return true;
}

// The GET shape nests the other sections and the 3DS id inside leadOpportunity.
QJsonObject liftNestedSections(QJsonObject record)
{
    const QString key = FieldCatalogue::section(Section::Opportunity)->key;
    if (!record.value(key).isObject())
        return record;
    QJsonObject opportunity = record.value(key).toObject();
    const QJsonObject original = opportunity;
    for (auto it = original.begin(); it != original.end(); ++it) {
        const QString rootName = canonicalName(namesOf(QString()), it.key());
        if (!isLiftable(rootName) || record.contains(rootName))
            continue;
        record.insert(rootName, it.value());
        opportunity.remove(it.key());
    }
    record.insert(key, opportunity);
    return record;
}

// True when every member of `object` already carries its canonical name. An object holds
// one member per name, so counting the canonical names it contains answers without listing
// its keys, which would allocate a string per member of every row.
bool hasCanonicalNamesOnly(const QJsonObject &object, const ContainerNames &names)
{
    const qsizetype size = object.size();
    qsizetype found = 0;
    for (auto name = names.ordered.cbegin(); found < size && name != names.ordered.cend(); ++name)
        found += object.contains(*name) ? 1 : 0;
    return found == size;
}

bool rowsHaveCanonicalNamesOnly(const QJsonArray &rows, const ContainerNames &names)
{
    for (auto row = rows.begin(); row != rows.end(); ++row) {
        if ((*row).isObject() && !hasCanonicalNamesOnly((*row).toObject(), names))
            return false;
    }
    return true;
}

// The canonical leadOpportunity members that liftNestedSections() would move to the root.
const QStringList &liftableOpportunityNames()
{
    static const QStringList names = [] {
        const QString key = FieldCatalogue::section(Section::Opportunity)->key;
        QStringList liftable;
        for (const QString &name : namesOf(key).ordered) {
            if (isLiftable(canonicalName(namesOf(QString()), name)))
                liftable.append(name);
        }
        return liftable;
    }();
    return names;
}

bool sectionIsNormal(const SectionSpec &section, const QJsonValue &value)
{
    if (section.isArray && value.isArray())
        return rowsHaveCanonicalNamesOnly(value.toArray(),
                                          namesOf(section.key + QStringLiteral("[]")));
    if (section.isArray || !value.isObject())
        return true;
    const QJsonObject members = value.toObject();
    if (!hasCanonicalNamesOnly(members, namesOf(section.key)))
        return false;
    if (section.section != Section::Opportunity)
        return true;
    const QStringList &liftable = liftableOpportunityNames();
    return std::none_of(liftable.cbegin(), liftable.cend(),
                        [&](const QString &name) { return members.contains(name); });
}

// Drafts the editor wrote, and most files, are normal already: the answer costs a few
// look-ups per row, where renaming rebuilds every row and section.
bool isNormal(const QJsonObject &record)
{
    if (!hasCanonicalNamesOnly(record, namesOf(QString())))
        return false;
    for (const SectionSpec &section : FieldCatalogue::sections()) {
        if (!section.key.isEmpty() && !sectionIsNormal(section, record.value(section.key)))
            return false;
    }
    return true;
}

QJsonArray renameRows(const QJsonArray &rows, const QString &container)
{
    QJsonArray result;
    for (const QJsonValue &row : rows)
        result.append(row.isObject() ? QJsonValue(renameMembers(row.toObject(), container)) : row);
    return result;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("DocumentReader", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("DocumentReader", "a true/false value");
    case QJsonValue::Double:
        return QCoreApplication::translate("DocumentReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("DocumentReader", "a text");
    case QJsonValue::Array:
        return QCoreApplication::translate("DocumentReader", "an array");
    default:
        return QCoreApplication::translate("DocumentReader", "an object");
    }
}

QString rowsShapeError(const QString &key, const QJsonArray &rows)
{
    for (int i = 0; i < rows.size(); ++i) {
        if (!rows.at(i).isObject()) {
            return QCoreApplication::translate(
                       "DocumentReader",
                       "Row %1 of the section “%2” must be a JSON object, but it is %3.")
                .arg(i + 1)
                .arg(key, typeName(rows.at(i)));
        }
    }
    return QString();
}

QString sectionShapeError(const SectionSpec &section, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QString();
    if (section.isArray && !value.isArray()) {
        return QCoreApplication::translate(
                   "DocumentReader",
                   "The section “%1” must be a JSON array of objects, but it is %2.")
            .arg(section.key, typeName(value));
    }
    if (!section.isArray && !value.isObject()) {
        return QCoreApplication::translate("DocumentReader",
                                           "The section “%1” must be a JSON object, but it is %2.")
            .arg(section.key, typeName(value));
    }
    return section.isArray ? rowsShapeError(section.key, value.toArray()) : QString();
}

} // namespace

QJsonObject normaliseRecord(const QJsonObject &raw, bool namesNeedNoRenaming)
{
    // With every name kept, renaming changes nothing and only the lifting is left to ask.
    if (namesNeedNoRenaming ? nothingToLift(raw) : isNormal(raw))
        return raw;
    QJsonObject record = liftNestedSections(renameMembers(raw, QString()));
    for (const SectionSpec &section : FieldCatalogue::sections()) {
        if (section.key.isEmpty())
            continue;
        const QJsonValue value = record.value(section.key);
        if (section.isArray && value.isArray())
            record.insert(section.key,
                          renameRows(value.toArray(), section.key + QStringLiteral("[]")));
        else if (!section.isArray && value.isObject())
            record.insert(section.key, renameMembers(value.toObject(), section.key));
    }
    return record;
}

bool namesNeedNoRenaming(const QList<QByteArrayView> &names)
{
    for (const QByteArrayView utf8 : names) {
        const QString name = QString::fromUtf8(utf8);
        for (const ContainerNames &container : containers()) {
            const QString canonical = canonicalName(container, name);
            if (!canonical.isEmpty() && canonical != name)
                return false;
        }
    }
    return true;
}

QString recordShapeError(const QJsonObject &record)
{
    for (const SectionSpec &section : FieldCatalogue::sections()) {
        if (section.key.isEmpty())
            continue;
        const QString error = sectionShapeError(section, record.value(section.key));
        if (!error.isEmpty())
            return error;
    }
    return QString();
}

} // namespace leadopp::core
