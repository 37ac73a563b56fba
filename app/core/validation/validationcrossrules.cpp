// Rules across fields, one function per rule, registered in rules() with the fields each
// reads (inputs) and the path under which it reports (output): that is all the editor's
// incremental revalidation needs to know about dependants.
#include "core/validation/validationcontext.h"
#include "core/validation/validationvalues.h"
#include "core/validation/validationvat.h"

#include "core/document/jsonaccess.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

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

// One value's share of a rough row hash: equal for values JSON writes alike, and coarser
// (every number by its double value, 0 and -0 alike; containers by their kind alone; null,
// missing and non-finite alike).
size_t roughHash(const QJsonValue &value)
{
    if (value.isBool())
        return qHashMulti(0, 1, value.toBool());
    if (value.isDouble() && qIsFinite(value.toDouble()))
        return qHashMulti(0, 2, value.toDouble() == 0 ? 0.0 : value.toDouble());
    if (value.isString())
        return qHashMulti(0, 3, value.toString());
    if (value.isArray() || value.isObject())
        return qHashMulti(0, value.isArray() ? 4 : 5);
    return 0;
}

// Reports each row whose `key` repeats an earlier row's; `field` empty = report the row.
// `rough`, when given, is a hash equal whenever `key` is equal (not only then): rows with a
// unique rough hash cannot repeat another row, so only the few others pay for `key`.
void reportDuplicates(Context &c, const QString &section, const QString &field,
                      QString (*key)(const QJsonObject &), const char *rule, const char *text,
                      size_t (*rough)(const QJsonObject &) = nullptr)
{
    const QJsonArray rows = c.record.value(section).toArray();
    QList<size_t> roughKeys;
    QHash<size_t, int> roughCount;
    if (rough) {
        roughKeys.reserve(rows.size());
        roughCount.reserve(rows.size());
        for (const QJsonValue &row : rows) {
            roughKeys.append(rough(row.toObject()));
            ++roughCount[roughKeys.last()];
        }
    }
    QHash<QString, int> firstRow;
    for (int row = 0; row < rows.size(); ++row) {
        if (rough && roughCount.value(roughKeys.at(row)) < 2)
            continue;
        const QString rowKey = key(rows.at(row).toObject());
        if (rowKey.isEmpty())
            continue;
        const auto first = firstRow.constFind(rowKey);
        if (first == firstRow.cend()) {
            firstRow.insert(rowKey, row);
            continue;
        }
        const FieldPath rowPath = FieldPath().member(section).index(row);
        const FieldPath path = field.isEmpty() ? rowPath : rowPath.member(field);
        c.warning(path, rule,
                  QCoreApplication::translate("Validator", text)
                      .arg(labelOf(path), labelOf(FieldPath().member(section).index(*first))));
    }
}

const QString kOfferNameId = QStringLiteral("offerNameId");
const QString kRevenueType = QStringLiteral("revenueType");
const QString kAmount = QStringLiteral("amount");

QString offerLineKey(const QJsonObject &row)
{
    if (isBlank(row.value(kOfferNameId)))
        return {};
    const QJsonArray key { row.value(kOfferNameId), row.value(kRevenueType), row.value(kAmount) };
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

size_t offerLineRoughHash(const QJsonObject &row)
{
    return qHashMulti(0, roughHash(row.value(kOfferNameId)), roughHash(row.value(kRevenueType)),
                      roughHash(row.value(kAmount)));
}

QString customerEmailKey(const QJsonObject &row)
{
    return row.value(QLatin1String("email")).toString().trimmed().toCaseFolded();
}

QString partnerEmailKey(const QJsonObject &row)
{
    return row.value(QLatin1String("salesRepEmail")).toString().trimmed().toCaseFolded();
}

void uniqueOfferLines(Context &c)
{
    reportDuplicates(c, QStringLiteral("offerLines"), QString(), offerLineKey,
                     "duplicate-offer-line",
                     QT_TRANSLATE_NOOP("Validator",
                                       "%1 repeats %2 (same offer, revenue type and "
                                       "amount)."),
                     offerLineRoughHash);
}

void uniqueCustomerContacts(Context &c)
{
    reportDuplicates(c, QStringLiteral("customerContacts"), QStringLiteral("email"),
                     customerEmailKey, "duplicate-contact",
                     QT_TRANSLATE_NOOP("Validator", "%1 repeats the e-mail address of %2."));
}

void uniquePartnerContacts(Context &c)
{
    reportDuplicates(c, QStringLiteral("partnerContacts"), QStringLiteral("salesRepEmail"),
                     partnerEmailKey, "duplicate-contact",
                     QT_TRANSLATE_NOOP("Validator", "%1 repeats the e-mail address of %2."));
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
