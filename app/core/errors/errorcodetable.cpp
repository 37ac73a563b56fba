#include "core/errors/errorcodetable.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/fieldpath.h"
#include "core/document/jsonaccess.h"
#include "core/validation/validationvalues.h"

#include <algorithm>

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

bool isDateField(const QString &path)
{
    const FieldSpec *spec = FieldCatalogue::find(path);
    return spec && spec->kind == FieldKind::DateTime;
}

// What the exporter cannot turn into an ISO 8601 date-time stays as it is in the body.
bool isRefusedDate(const QJsonValue &value)
{
    if (validation::isBlank(value))
        return false;
    return !value.isString()
        || validation::classifyDateTime(value.toString().trimmed())
        == validation::DateTimeShape::Invalid;
}

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

QStringList fieldPathsForErrorCode(QStringView code, const QJsonObject &record)
{
    const QStringList paths = fieldPathsForErrorCode(code);
    if (paths.size() < 2 || !std::all_of(paths.cbegin(), paths.cend(), isDateField))
        return paths;
    // The refused date is one the body carried: one that is no date, else any it carried
    // (a date left blank is not sent), else either.
    QStringList refused;
    QStringList sent;
    for (const QString &path : paths) {
        const QJsonValue value = valueAt(record, FieldPath::parse(path));
        if (isRefusedDate(value))
            refused.append(path);
        if (!validation::isBlank(value))
            sent.append(path);
    }
    return !refused.isEmpty() ? refused : !sent.isEmpty() ? sent : paths;
}

} // namespace leadopp::core
