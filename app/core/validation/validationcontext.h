#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "core/codec/exporter.h"
#include "core/validation/validator.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace leadopp::core::validation {

class FieldValue; // validationvalues.h

/// A section's fields in catalogue order with their member names, made once: the catalogue
/// is fixed, and a draft may hold thousands of rows.
struct SectionFields {
    QList<const FieldSpec *> fields;
    QStringList memberNames; ///< FieldSpec::name() of each of `fields`
    QSet<QString> names;
};
const SectionFields &fieldsOf(Section section);

/// The path of a node being visited, built only when something asks for it: most nodes
/// of a record produce no finding, and building a FieldPath for every one of them was a
/// fifth of a whole-record run. A child refers to its parent and to the member name it is
/// given, so both must outlive it (the walk keeps them on its stack).
class NodePath final
{
public:
    explicit NodePath(const FieldPath &path) : m_built(path) { }
    NodePath(const NodePath &parent, const QString &member) : m_parent(&parent), m_member(&member)
    { }
    NodePath(const NodePath &parent, int index) : m_parent(&parent), m_index(index) { }
    NodePath(const NodePath &) = delete;
    NodePath &operator=(const NodePath &) = delete;

    const FieldPath &path() const;
    NodePath index(int row) const { return NodePath(*this, row); }

private:
    const NodePath *m_parent = nullptr;
    const QString *m_member = nullptr;
    int m_index = -1;
    mutable std::optional<FieldPath> m_built;
};

/// Which part of the record a run looks at: everything, or only the nodes on the branch of
/// one of `paths` (their ancestors and descendants). Findings sit on the node whose check
/// produced them, so restricting the walk restricts the findings exactly.
class Scope final
{
public:
    static Scope all() { return Scope(); }
    static Scope of(QList<FieldPath> paths);

    bool isAll() const { return m_all; }
    const QList<FieldPath> &paths() const { return m_paths; }
    /// True when `path` is an ancestor, a descendant or one of the scope's paths.
    bool includes(const FieldPath &path) const;
    bool includes(const NodePath &node) const { return m_all || includes(node.path()); }

private:
    bool m_all = true;
    QList<FieldPath> m_paths;
};

/// True when one path lies on the other's branch (either is a prefix of the other).
bool onSameBranch(const FieldPath &a, const FieldPath &b);

/// The rough keys (DuplicateRule::roughKey) of the rows of each section a duplicate rule
/// compares, noted by a walk over the whole record, so that the rule need not look each row's
/// members up again. One slot per row from the start: walks on several threads each note
/// rows of their own.
class RoughKeyNotes final
{
public:
    explicit RoughKeyNotes(const QJsonObject &record); ///< duplicaterules.cpp
    /// The slots of `section`'s rows ("offerLines"); nullptr when no rule compares it.
    std::vector<std::optional<size_t>> *of(const QString &section)
    {
        const auto it = m_keys.find(section);
        return it == m_keys.end() ? nullptr : &it->second;
    }
    const std::vector<std::optional<size_t>> *of(const QString &section) const
    {
        return const_cast<RoughKeyNotes *>(this)->of(section);
    }

private:
    std::map<QString, std::vector<std::optional<size_t>>> m_keys;
};

/// What every rule receives, and where it puts its findings.
struct Context {
    const QJsonObject &record;
    ExportMode mode;
    QList<Finding> findings;
    /// Where a walk notes rough keys and the duplicate rules take them; none when null.
    RoughKeyNotes *notedRoughKeys = nullptr;

    void add(const FieldPath &path, Severity severity, const char *rule, const QString &message)
    {
        findings.append({ path.toString(), severity, QString::fromLatin1(rule), message });
    }
    void error(const FieldPath &path, const char *rule, const QString &message)
    {
        add(path, Severity::Error, rule, message);
    }
    void error(const NodePath &node, const char *rule, const QString &message)
    {
        add(node.path(), Severity::Error, rule, message);
    }
    void warning(const FieldPath &path, const char *rule, const QString &message)
    {
        add(path, Severity::Warning, rule, message);
    }
    void warning(const NodePath &node, const char *rule, const QString &message)
    {
        add(node.path(), Severity::Warning, rule, message);
    }
};

/// The label a message names a path by: the catalogue's, or "Reasons won, item 2" for an
/// item of a list field.
QString labelOf(const FieldPath &path);
inline QString labelOf(const NodePath &node)
{
    return labelOf(node.path());
}

/// Checks one present, non-blank value against the rules of its field kind.
void checkFieldValue(Context &context, const FieldSpec &spec, const NodePath &path,
                     const FieldValue &value);

/// Walks sections, rows and fields: required members, container types, unknown members and
/// every single-field rule (validationfieldrules.cpp).
void walkRecord(Context &context, const Scope &scope);

/// One part of walkRecord(); it only reads the record of the Context it is given.
using WalkStep = std::function<void(Context &)>;
/// walkRecord() cut into parts: the root fields, each section, the rows of an array section
/// in runs of at most `rowsPerStep`, the unknown root members. Run in order, they find what
/// walkRecord() finds, in its order; they may as well run on different threads, each with a
/// Context of its own on a copy of `record`, their findings then joined in step order. The
/// steps refer to `scope`, which must outlive them.
QList<WalkStep> walkSteps(const QJsonObject &record, const Scope &scope, qsizetype rowsPerStep);

/// Every string and member name of the record: a NUL character or a lone surrogate is an
/// error at its path (validationtext.cpp).
void checkTextIntegrity(Context &context, const Scope &scope);

/// Rules across fields (status/forecast/reasons, VAT against country, duplicates).
void runCrossRules(Context &context, const Scope &scope);
/// The paths whose findings may change when `changed` changes: the cross rules' outputs
/// for every rule that reads one of the changed paths.
QList<FieldPath> crossDependants(const FieldPath &changed);

} // namespace leadopp::core::validation
