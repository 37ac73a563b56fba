// The structural pass: sections, rows, required members, container types, unknown members.
// Every finding is reported on the node being visited, which is what lets a Scope prune
// the walk without changing the findings inside it.
#include "core/validation/duplicaterules.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validationvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <forward_list>
#include <limits>

namespace leadopp::core::validation {

namespace {

// A field (FieldSpec) or a section (SectionSpec).
template<typename Spec> bool isRequired(const Spec &spec, ExportMode mode)
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
                const FieldValue &value, bool sent)
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

// The values of a section object's fields, each looked up once by visitObject() and kept for
// the row's rough key (a look-up costs about as much as checking the value), with the texts
// the checks read out of them.
class LookedUpMembers final : public RowMembers
{
public:
    LookedUpMembers(const SectionFields &fields, const QJsonObject &object)
        : m_fields(fields), m_object(object), m_values(fields.fields.size())
    { }
    /// Field `field` of the section, looked up in the object.
    const FieldValue &lookUp(qsizetype field)
    {
        return m_values[field] = FieldValue(m_object.value(m_fields.memberNames.at(field)));
    }
    const FieldValue &value(const QString &name) const override
    {
        const qsizetype at = m_fields.memberNames.indexOf(name);
        return at < 0 ? m_others.emplace_front(m_object.value(name)) : m_values.at(at);
    }

private:
    const SectionFields &m_fields;
    const QJsonObject &m_object;
    QVarLengthArray<FieldValue, 16> m_values;
    mutable std::forward_list<FieldValue> m_others; // members of no field, asked by a rule
};

// The fields of one section object (leadOpportunity, a row, the record root). Members are
// only listed for unknown ones when the object holds more than the known fields found.
void visitObject(Context &c, const Scope &scope, const NodePath &path, LookedUpMembers &members,
                 const SectionFields &fields, const QJsonObject &object, bool sent)
{
    qsizetype known = 0;
    for (qsizetype i = 0; i < fields.fields.size(); ++i) {
        const FieldValue &value = members.lookUp(i);
        known += value.json().isUndefined() ? 0 : 1;
        visitField(c, scope, *fields.fields.at(i), NodePath(path, fields.memberNames.at(i)), value,
                   sent);
    }
    if (object.size() > known)
        reportUnknown(c, scope, object, path, fields.names);
}

void visitObject(Context &c, const Scope &scope, Section section, const NodePath &path,
                 const QJsonObject &object, bool sent)
{
    const SectionFields &fields = fieldsOf(section);
    LookedUpMembers members(fields, object);
    visitObject(c, scope, path, members, fields, object, sent);
}

// A row object, and its rough key when the Context takes notes for its section.
void visitRow(Context &c, const Scope &scope, const SectionSpec &spec, const NodePath &rowPath,
              const QJsonObject &row, std::optional<size_t> *roughKey)
{
    const DuplicateRule *rule = roughKey ? duplicateRuleOf(spec.key) : nullptr;
    const SectionFields &fields = fieldsOf(spec.section);
    LookedUpMembers members(fields, row);
    visitObject(c, scope, rowPath, members, fields, row, true);
    if (rule)
        *roughKey = rule->roughKey(members);
}

// Rows [first, last) of an array section (a walk step may take a part of them).
void visitRows(Context &c, const Scope &scope, const SectionSpec &spec, qsizetype first,
               qsizetype last)
{
    const NodePath path(FieldPath().member(spec.key));
    if (!scope.includes(path))
        return;
    const QJsonArray rows = c.record.value(spec.key).toArray();
    auto *notes = c.notedRoughKeys ? c.notedRoughKeys->of(spec.key) : nullptr;
    for (qsizetype row = first; row < last && row < rows.size(); ++row) {
        const NodePath rowPath = path.index(int(row));
        if (!scope.includes(rowPath))
            continue;
        const QJsonValue value = rows.at(row);
        const bool noted = notes && row < qsizetype(notes->size());
        if (value.isObject())
            visitRow(c, scope, spec, rowPath, value.toObject(), noted ? &(*notes)[row] : nullptr);
        else
            reportWrongContainer(c, rowPath.path(), false, value);
    }
}

// A section as a whole: missing, of the wrong JSON type, a list without rows, or an
// object's fields. The rows of a list are visitRows()'.
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
    else if (spec.isArray && value.toArray().isEmpty() && isRequired(spec, c.mode))
        reportMissingSection(c, spec, path.path());
    else if (!spec.isArray)
        visitObject(c, scope, spec.section, path, value.toObject(),
                    isRequired(spec, c.mode) || carriesData(spec.section, value.toObject()));
}

void visitRootFields(Context &c, const Scope &scope)
{
    const NodePath root { FieldPath() };
    for (const FieldSpec *spec : FieldCatalogue::fieldsOf(Section::Record)) {
        const QString name = spec->name();
        visitField(c, scope, *spec, NodePath(root, name), FieldValue(c.record.value(name)), true);
    }
}

void reportUnknownRootMembers(Context &c, const Scope &scope)
{
    static const QSet<QString> known = [] {
        QSet<QString> names;
        for (const SectionSpec &spec : FieldCatalogue::sections()) {
            if (!spec.key.isEmpty())
                names.insert(spec.key);
        }
        for (const FieldSpec *spec : FieldCatalogue::fieldsOf(Section::Record))
            names.insert(spec->name());
        return names;
    }();
    reportUnknown(c, scope, c.record, NodePath(FieldPath()), known);
}

// The rows of an array section, in runs of at most `rowsPerStep`.
void appendRowSteps(QList<WalkStep> &steps, const QJsonObject &record, const Scope &scope,
                    const SectionSpec &spec, qsizetype rowsPerStep)
{
    const QJsonValue value = record.value(spec.key);
    const qsizetype rows = value.isArray() ? value.toArray().size() : 0;
    for (qsizetype first = 0; first < rows; first += rowsPerStep) {
        const qsizetype last = std::min(rows, first + rowsPerStep);
        steps.append(
            [&scope, &spec, first, last](Context &c) { visitRows(c, scope, spec, first, last); });
    }
}

} // namespace

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

QList<WalkStep> walkSteps(const QJsonObject &record, const Scope &scope, qsizetype rowsPerStep)
{
    // Root fields first, then the sections in form order, then what nobody knows.
    QList<WalkStep> steps { [&scope](Context &c) { visitRootFields(c, scope); } };
    for (const SectionSpec &spec : FieldCatalogue::sections()) {
        if (spec.key.isEmpty())
            continue;
        steps.append([&scope, &spec](Context &c) { visitSection(c, scope, spec); });
        if (spec.isArray)
            appendRowSteps(steps, record, scope, spec, std::max<qsizetype>(1, rowsPerStep));
    }
    steps.append([&scope](Context &c) { reportUnknownRootMembers(c, scope); });
    return steps;
}

void walkRecord(Context &context, const Scope &scope)
{
    const qsizetype allRows = std::numeric_limits<qsizetype>::max();
    for (const WalkStep &step : walkSteps(context.record, scope, allRows))
        step(context);
}

} // namespace leadopp::core::validation
