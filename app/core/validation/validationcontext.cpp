// The walk's helpers shared by every pass: node paths built on demand, the scope of a run,
// and the labels messages name paths by.
#include "core/validation/validationcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace leadopp::core::validation {

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

} // namespace leadopp::core::validation
