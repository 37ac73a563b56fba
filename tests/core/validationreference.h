#pragma once

// The plain sequential validation the faster paths must equal: the whole walk, the cross
// rules looking every row up, the text check, then a stable sort into form order.
#include "core/catalogue/formposition.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validator.h"

#include <algorithm>

namespace leadopp::test {

inline QList<core::Finding> sequentialReference(const QJsonObject &record, core::ExportMode mode)
{
    core::validation::Context context { record, mode, {} };
    const auto scope = core::validation::Scope::all();
    core::validation::walkRecord(context, scope);
    core::validation::runCrossRules(context, scope);
    core::validation::checkTextIntegrity(context, scope);
    QList<core::Finding> sorted = context.findings;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const core::Finding &a, const core::Finding &b) {
                         return core::FormPosition::of(a.path) < core::FormPosition::of(b.path);
                     });
    return sorted;
}

} // namespace leadopp::test
