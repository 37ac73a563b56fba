// Rules across fields, one function per rule, registered in rules() with the fields each
// reads (inputs) and the path under which it reports (output): that is all the editor's
// incremental revalidation needs to know about dependants.
#include "core/validation/duplicaterules.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validationvalues.h"
#include "core/validation/validationvat.h"

#include "core/document/jsonaccess.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace leadopp::core::validation {

namespace {

const QString kStatus = QStringLiteral("leadOpportunity.status");
const QString kForecast = QStringLiteral("leadOpportunity.forecastCategory");
const QString kReasonWon = QStringLiteral("leadOpportunity.reasonWon");
const QString kReasonLost = QStringLiteral("leadOpportunity.reasonLost");

QJsonValue at(const Context &c, const QString &path)
{
    return valueAt(c.record, FieldPath::parse(path));
}

// The value of an enum field when it is one of its values; empty otherwise.
QString enumAt(const Context &c, const QString &path)
{
    const QString text = at(c, path).toString();
    const FieldSpec *spec = FieldCatalogue::find(path);
    return spec && spec->enumValues.contains(text) ? text : QString();
}

bool isLeadStage(const QString &status)
{
    return status == QLatin1String("LEAD_OPEN") || status == QLatin1String("QUALIFIED")
        || status == QLatin1String("ACCEPTED");
}

bool isClosed(const QString &status)
{
    return status == QLatin1String("WON") || status == QLatin1String("LOST");
}

void forecastMatchesStatus(Context &c)
{
    const QString status = enumAt(c, kStatus);
    const QString forecast = enumAt(c, kForecast);
    if (status.isEmpty() || forecast.isEmpty() || forecast == QLatin1String("EMPTY"))
        return;
    QString message;
    if (isLeadStage(status))
        message = QCoreApplication::translate(
            "Validator", "%1 %2 is ignored while the status is %3, a lead stage.");
    else if (isClosed(status) && forecast != status)
        message = QCoreApplication::translate(
            "Validator", "With status %3, %1 should be %3 (the system sets it), not %2.");
    else if (!isClosed(status) && isClosed(forecast))
        message = QCoreApplication::translate(
            "Validator",
            "%1 %2 is set by the system for status WON or LOST only; with status %3 "
            "choose UPSIDE, COMMIT, SAFE or LONGSHOT.");
    if (!message.isEmpty())
        c.warning(FieldPath::parse(kForecast), "forecast-status",
                  message.arg(labelOf(FieldPath::parse(kForecast)), forecast, status));
}

// True when the list names at least one reason other than the "EMPTY" value.
bool namesReason(const QJsonValue &list)
{
    const QJsonArray items = list.toArray();
    return std::any_of(items.begin(), items.end(), [](const QJsonValue &item) {
        return !isBlank(item) && item.toString() != QLatin1String("EMPTY");
    });
}

void reasonsForStatus(Context &c, const char *status, const QString &field, const char *rule,
                      const char *fallback)
{
    const QJsonValue reasons = at(c, field);
    if (enumAt(c, kStatus) != QLatin1String(status) || (!isBlank(reasons) && !reasons.isArray())
        || namesReason(reasons))
        return;
    const FieldPath path = FieldPath::parse(field);
    c.warning(
        path, rule,
        QCoreApplication::translate(
            "Validator", "The status is %2 but %1 names no reason; the server will record %3.")
            .arg(labelOf(path), QLatin1String(status), QLatin1String(fallback)));
}

void wonHasReason(Context &c)
{
    reasonsForStatus(c, "WON", kReasonWon, "won-reason", "STRNG_VAL_PROP");
}

void lostHasReason(Context &c)
{
    reasonsForStatus(c, "LOST", kReasonLost, "lost-reason", "NO_PROJECT");
}

void uniqueOfferLines(Context &c)
{
    reportDuplicates(c, *duplicateRuleOf(QStringLiteral("offerLines")));
}

void uniqueCustomerContacts(Context &c)
{
    reportDuplicates(c, *duplicateRuleOf(QStringLiteral("customerContacts")));
}

void uniquePartnerContacts(Context &c)
{
    reportDuplicates(c, *duplicateRuleOf(QStringLiteral("partnerContacts")));
}

struct CrossRule {
    QStringList inputs; ///< catalogue patterns (or section keys) the rule reads
    QString output;     ///< every finding of the rule lies on this path's branch
    void (*run)(Context &);
};

const QList<CrossRule> &rules()
{
    static const QList<CrossRule> table = {
        { { kStatus, kForecast }, kForecast, forecastMatchesStatus },
        { { kStatus, kReasonWon }, kReasonWon, wonHasReason },
        { { kStatus, kReasonLost }, kReasonLost, lostHasReason },
        { { QStringLiteral("customerLegalEntity.vatNumber"),
            QStringLiteral("customerLegalEntity.country") },
          QStringLiteral("customerLegalEntity.vatNumber"),
          checkVatAgainstCountry },
        { { QStringLiteral("offerLines") }, QStringLiteral("offerLines"), uniqueOfferLines },
        { { QStringLiteral("customerContacts") },
          QStringLiteral("customerContacts"),
          uniqueCustomerContacts },
        { { QStringLiteral("partnerContacts") },
          QStringLiteral("partnerContacts"),
          uniquePartnerContacts },
    };
    return table;
}

// Pattern form of both paths ("offerLines[].amount"), one a prefix of the other.
bool patternsOnSameBranch(const QString &a, const QString &b)
{
    const QString &shorter = a.size() <= b.size() ? a : b;
    const QString &longer = a.size() <= b.size() ? b : a;
    if (shorter.isEmpty() || shorter == longer)
        return true;
    return longer.startsWith(shorter)
        && (longer.at(shorter.size()) == u'.' || longer.at(shorter.size()) == u'[');
}

} // namespace

void runCrossRules(Context &context, const Scope &scope)
{
    for (const CrossRule &rule : rules()) {
        if (!scope.includes(FieldPath::parse(rule.output)))
            continue;
        const qsizetype before = context.findings.size();
        rule.run(context);
        if (scope.isAll())
            continue;
        for (qsizetype i = context.findings.size() - 1; i >= before; --i) {
            if (!scope.includes(FieldPath::parse(context.findings.at(i).path)))
                context.findings.removeAt(i);
        }
    }
}

QList<FieldPath> crossDependants(const FieldPath &changed)
{
    QList<FieldPath> dependants;
    for (const CrossRule &rule : rules()) {
        const bool reads
            = std::any_of(rule.inputs.begin(), rule.inputs.end(), [&](const QString &input) {
                  return patternsOnSameBranch(changed.pattern(), input);
              });
        if (reads)
            dependants.append(FieldPath::parse(rule.output));
    }
    return dependants;
}

} // namespace leadopp::core::validation
