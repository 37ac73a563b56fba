#include "sandbox/requestrules.h"

#include "core/catalogue/knownoffers.h"
#include "core/input/wholetext.h"
#include "core/validation/validator.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

namespace leadopp::sandbox {

namespace {

bool isIsoDate(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    const QString text = value.toString();
    if (text.isEmpty())
        return true;
    static const QRegularExpression iso(core::wholeText(QStringLiteral(
        "(\\d{4})-(\\d{2})-(\\d{2})"
        "(T([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?")));
    const QRegularExpressionMatch match = iso.match(text);
    return match.hasMatch()
        && QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
               .isValid();
}

void checkOfferPrefixes(const QJsonObject &record, QList<FieldProblem> &problems)
{
    const QJsonArray lines = record.value(QStringLiteral("offerLines")).toArray();
    for (int row = 0; row < lines.size(); ++row) {
        const QJsonValue id = lines.at(row).toObject().value(QStringLiteral("offerNameId"));
        if (!id.isString() || id.toString().isEmpty())
            continue;
        if (!core::hasKnownOfferPrefix(id.toString())) {
            problems.append(
                { core::FieldPath::parse(QStringLiteral("offerLines[%1].offerNameId").arg(row)),
                  QStringLiteral("Unknown offer id '%1': an offer id starts with one of %2.")
                      .arg(id.toString(), core::knownOfferPrefixes().join(QStringLiteral(", "))) });
        }
    }
}

// The editor only warns about an e-mail address that is none (a draft may hold one for a
// while); the partner API refuses it, as the bundled rejection shows.
bool refusedByServer(const core::Finding &finding)
{
    return finding.rule == QLatin1String("email");
}

} // namespace

bool hasBadDate(const QJsonObject &record)
{
    const QJsonObject lead = record.value(QStringLiteral("leadOpportunity")).toObject();
    return !isIsoDate(lead.value(QStringLiteral("closeDate")))
        || !isIsoDate(lead.value(QStringLiteral("nextMilestoneDate")));
}

QList<FieldProblem> validateForServer(const QJsonObject &record, core::ExportMode mode)
{
    QList<FieldProblem> problems;
    const QList<core::Finding> findings = core::validateRecord(record, mode);
    for (const core::Finding &finding : findings) {
        if (finding.severity != core::Severity::Error && !refusedByServer(finding))
            continue;
        core::FieldPath path = core::FieldPath::parse(finding.path);
        problems.append({ path.isValid() ? path : core::FieldPath(), finding.message });
    }
    checkOfferPrefixes(record, problems);
    return problems;
}

} // namespace leadopp::sandbox
