#pragma once

#include "core/validation/validator.h"

#include <QStringList>

namespace leadopp::test {

/// Findings as sorted lines of path, rule and message: two validations compare as lists,
/// whatever their order, and a failure prints the lines that differ.
inline QStringList findingLines(const QList<core::Finding> &findings)
{
    QStringList lines;
    for (const core::Finding &finding : findings)
        lines.append(finding.path + u' ' + finding.rule + u' ' + finding.message);
    lines.sort();
    return lines;
}

} // namespace leadopp::test
