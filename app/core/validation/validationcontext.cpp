// The walk's helpers: the catalogue's fields per section, node paths built on demand, the
// scope of a run.
#include "core/validation/validationcontext.h"

#include <algorithm>
#include <map>

namespace leadopp::core::validation {

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

} // namespace leadopp::core::validation
