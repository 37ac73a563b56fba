#include "core/errors/errorcodetable.h"

namespace leadopp::core {

namespace {

struct CodeRow {
    const char *code;
    const char *paths[2];
};

// Codes of the sales backend that carry no path but always concern the same fields.
const CodeRow kCodes[] = {
    { "ERR801", { "leadOpportunity.partnerLeadOpportunityId", nullptr } },
    { "ERR805", { "leadOpportunity.closeDate", "leadOpportunity.nextMilestoneDate" } },
};

} // namespace

QStringList fieldPathsForErrorCode(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const CodeRow &row : kCodes) {
        if (trimmed.compare(QLatin1String(row.code), Qt::CaseInsensitive) != 0)
            continue;
        QStringList paths;
        for (const char *path : row.paths) {
            if (path)
                paths.append(QString::fromLatin1(path));
        }
        return paths;
    }
    return {};
}

} // namespace leadopp::core
