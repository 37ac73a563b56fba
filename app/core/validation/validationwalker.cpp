// The structural pass: sections, rows, required members, container types, unknown members.
// Every finding is reported on the node being visited, which is what lets a Scope prune
// the walk without changing the findings inside it.
#include "core/validation/validationcontext.h"
#include "core/validation/validationvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace leadopp::core::validation {

namespace {

// The catalogue is fixed: its fields per section and their names are looked up once, not
// once per row (a draft may hold thousands of rows).
struct SectionFields {
    QList<const FieldSpec *> fields;
    QStringList memberNames; ///< FieldSpec::name() of each of `fields`
    QSet<QString> names;
};

const SectionFields &fieldsOf(Section section)
{
    static const std::map<Section, SectionFields> cache = [] {
        std::map<Section, SectionFields> bySection;
        for (const SectionSpec &spec : FieldCatalogue::sections()) {
            SectionFields &entry = bySection[spec.section];
            entry.fields = FieldCatalogue::fieldsOf(spec.section);
            for (const FieldSpec *field : std::as_const(entry.fields)) {
                entry.memberNames.append(field->name());
                entry.names.insert(field->name());
            }
        }
        return bySection;
    }();
    static const SectionFields none;
    const auto it = cache.find(section);
    return it == cache.end() ? none : it->second;
}

bool isRequired(const FieldSpec &spec, ExportMode mode)
{
    return mode == ExportMode::Create ? spec.requiredForCreate : spec.requiredForUpdate;
}

bool isRequired(const SectionSpec &spec, ExportMode mode)
{
    return mode == ExportMode::Create ? spec.requiredForCreate : spec.requiredForUpdate;
}

void reportMissing(Context &c, const FieldPath &path)
{
    c.error(path, "required",
            QCoreApplication::translate("Validator", "%1 is required.").arg(labelOf(path)));
}

void reportNoRows(Context &c, const FieldPath &path)
{
    c.error(path, "required",
            QCoreApplication::translate("Validator", "%1: at least one is required.")
                .arg(labelOf(path)));
}

// The labels of what a section needs, so a missing section (a new draft) says which
// fields to fill in rather than only that the section is missing.
QStringList requiredLabels(Section section, ExportMode mode)
{
    QStringList labels;
    for (const FieldSpec *spec : FieldCatalogue::fieldsOf(section)) {
        if (!spec->readOnly && isRequired(*spec, mode))
            labels.append(FieldCatalogue::label(*spec));
    }
    return labels;
}

void reportMissingSection(Context &c, const SectionSpec &spec, const FieldPath &path)
{
    const QStringList labels = requiredLabels(spec.section, c.mode);
    if (labels.isEmpty())
        return spec.isArray ? reportNoRows(c, path) : reportMissing(c, path);
    const QString message = spec.isArray
        ? QCoreApplication::translate("Validator", "%1: at least one is required, with %2.")
        : QCoreApplication::translate("Validator", "%1 is required: %2.");
    c.error(path, "required", message.arg(labelOf(path), labels.join(QStringLiteral(", "))));
}

void reportWrongContainer(Context &c, const FieldPath &path, bool wantsList,
                          const QJsonValue &value)
{
    const QString message = wantsList
        ? QCoreApplication::translate("Validator", "%1 must be a list, not %2.")
        : QCoreApplication::translate("Validator", "%1 must be an object, not %2.");
    c.error(path, "type", message.arg(labelOf(path), describeType(value)));
}

void visitField(Context &c, const Scope &scope, const FieldSpec &spec, const NodePath &path,
                const QJsonValue &value, bool sent)
{
    // The 3DS id is never in the body, but it is the address of an update: checked too.
    if ((spec.readOnly && spec.kind != FieldKind::DsId) || !scope.includes(path))
        return;
    if (isBlank(value)) {
        if (sent && isRequired(spec, c.mode))
            reportMissing(c, path.path());
        return;
    }
    checkFieldValue(c, spec, path, value);
}

void reportUnknown(Context &c, const Scope &scope, const QJsonObject &object, const NodePath &path,
                   const QSet<QString> &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        const FieldPath member = path.path().member(it.key());
        if (!scope.includes(member))
            continue;
        c.warning(member, "unknown-member",
                  QCoreApplication::translate(
                      "Validator",
                      "\"%1\" is not a field the API knows; it is kept in the draft "
                      "but not sent.")
                      .arg(member.toString()));
    }
}

// True when the object holds a member the export sends: an optional section without one
// is left out of the body (see exporter.cpp), so its required members are not missed.
bool carriesData(Section section, const QJsonObject &object)
{
    const QList<const FieldSpec *> &fields = fieldsOf(section).fields;
    return std::any_of(fields.begin(), fields.end(), [&object](const FieldSpec *spec) {
        const QJsonValue value = object.value(spec->name());
        return !spec->readOnly && !value.isNull() && !value.isUndefined();
    });
}

// The fields of one section object (leadOpportunity, a row, the record root). Members are
// only listed for unknown ones when the object holds more than the known fields found.
void visitObject(Context &c, const Scope &scope, Section section, const NodePath &path,
                 const QJsonObject &object, bool sent)
{
    const SectionFields &fields = fieldsOf(section);
    qsizetype known = 0;
    for (qsizetype i = 0; i < fields.fields.size(); ++i) {
        const QString &name = fields.memberNames.at(i);
        const QJsonValue value = object.value(name);
        known += value.isUndefined() ? 0 : 1;
        visitField(c, scope, *fields.fields.at(i), NodePath(path, name), value, sent);
    }
    if (object.size() > known)
        reportUnknown(c, scope, object, path, fields.names);
}

void visitRows(Context &c, const Scope &scope, const SectionSpec &spec, const NodePath &path,
               const QJsonArray &rows)
{
    if (rows.isEmpty() && isRequired(spec, c.mode))
        reportMissingSection(c, spec, path.path());
    for (int row = 0; row < rows.size(); ++row) {
        const NodePath rowPath = path.index(row);
        if (!scope.includes(rowPath))
            continue;
        const QJsonValue value = rows.at(row);
        if (value.isObject())
            visitObject(c, scope, spec.section, rowPath, value.toObject(), true);
        else
            reportWrongContainer(c, rowPath.path(), false, value);
    }
}

void visitSection(Context &c, const Scope &scope, const SectionSpec &spec)
{
    const NodePath path(FieldPath().member(spec.key));
    if (!scope.includes(path))
        return;
    const QJsonValue value = c.record.value(spec.key);
    if (value.isUndefined() || value.isNull()) {
        if (isRequired(spec, c.mode))
            reportMissingSection(c, spec, path.path());
        return;
    }
    if (spec.isArray != value.isArray() || (!spec.isArray && !value.isObject()))
        reportWrongContainer(c, path.path(), spec.isArray, value);
    else if (spec.isArray)
        visitRows(c, scope, spec, path, value.toArray());
    else
        visitObject(c, scope, spec.section, path, value.toObject(),
                    isRequired(spec, c.mode) || carriesData(spec.section, value.toObject()));
}

} // namespace

const FieldPath &NodePath::path() const
{
    if (!m_built)
        m_built = m_member ? m_parent->path().member(*m_member) : m_parent->path().index(m_index);
    return *m_built;
}

Scope Scope::of(QList<FieldPath> paths)
{
    Scope scope;
    scope.m_all = false;
    scope.m_paths = std::move(paths);
    return scope;
}

bool Scope::includes(const FieldPath &path) const
{
    if (m_all)
        return true;
    for (const FieldPath &scoped : m_paths) {
        if (onSameBranch(scoped, path))
            return true;
    }
    return false;
}

bool onSameBranch(const FieldPath &a, const FieldPath &b)
{
    // Compared in place: FieldPath::startsWith copies segments, and this runs per node.
    const qsizetype common = std::min(a.segments().size(), b.segments().size());
    for (qsizetype i = common - 1; i >= 0; --i) {
        if (a.segments().at(i) != b.segments().at(i))
            return false;
    }
    return true;
}

QString labelOf(const FieldPath &path)
{
    const bool isItem = path.size() >= 2 && std::holds_alternative<int>(path.segments().last());
    if (isItem && FieldCatalogue::find(path.parent().pattern())) {
        return QCoreApplication::translate("Validator", "%1, item %2")
            .arg(FieldCatalogue::labelForPath(path.parent().toString()))
            .arg(std::get<int>(path.segments().last()) + 1);
    }
    return FieldCatalogue::labelForPath(path.toString());
}

void walkRecord(Context &context, const Scope &scope)
{
    QSet<QString> sectionKeys;
    for (const SectionSpec &spec : FieldCatalogue::sections()) {
        if (!spec.key.isEmpty())
            sectionKeys.insert(spec.key);
    }
    // Root fields first, then the sections in form order, then what nobody knows.
    const NodePath root { FieldPath() };
    for (const FieldSpec *spec : FieldCatalogue::fieldsOf(Section::Record)) {
        const QString name = spec->name();
        visitField(context, scope, *spec, NodePath(root, name), context.record.value(name), true);
    }
    for (const SectionSpec &spec : FieldCatalogue::sections()) {
        if (!spec.key.isEmpty())
            visitSection(context, scope, spec);
    }
    for (const FieldSpec *spec : FieldCatalogue::fieldsOf(Section::Record))
        sectionKeys.insert(spec->name());
    reportUnknown(context, scope, context.record, root, sectionKeys);
}

} // namespace leadopp::core::validation
