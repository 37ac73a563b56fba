// Duplicate offer lines and contacts. Kept apart from the other rules across fields because
// the editor reruns them among a few rows (DuplicateIndex) instead of the whole section.
#include "core/validation/duplicaterules.h"

#include "core/validation/validationvalues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <forward_list>

namespace leadopp::core::validation {

namespace {

const QString kOfferNameId = QStringLiteral("offerNameId");
const QString kRevenueType = QStringLiteral("revenueType");
const QString kAmount = QStringLiteral("amount");

// Texts are hashed with a seed of their own: a seeded hash takes the processor's AES
// instructions where it has them, twice as fast on a row's texts as the unseeded one. Rough
// keys are only compared within one process.
constexpr size_t kRoughSeed = 0x9e3779b97f4a7c15u;

size_t roughTextHash(const QString &text)
{
    return qHash(QStringView(text), kRoughSeed);
}

// One value's share of a rough row hash: equal for values JSON writes alike, and coarser
// (every number by its double value, 0 and -0 alike; containers by their kind alone; null,
// missing and non-finite alike).
size_t roughHash(const FieldValue &member)
{
    const QJsonValue &value = member.json();
    if (value.isBool())
        return qHashMulti(0, 1, value.toBool());
    if (value.isDouble() && qIsFinite(value.toDouble()))
        return qHashMulti(0, 2, value.toDouble() == 0 ? 0.0 : value.toDouble());
    if (value.isString())
        return qHashMulti(0, 3, roughTextHash(member.text()));
    if (value.isArray() || value.isObject())
        return qHashMulti(0, value.isArray() ? 4 : 5);
    return 0;
}

QString offerLineKey(const QJsonObject &row)
{
    if (isBlank(row.value(kOfferNameId)))
        return {};
    const QJsonArray key { row.value(kOfferNameId), row.value(kRevenueType), row.value(kAmount) };
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

// Each member is looked up and its text read once (by the walk, when it noted the row).
std::optional<size_t> offerLineRoughKey(const RowMembers &row)
{
    const FieldValue &offer = row.value(kOfferNameId);
    if (isBlank(offer))
        return std::nullopt;
    return qHashMulti(0, roughHash(offer), roughHash(row.value(kRevenueType)),
                      roughHash(row.value(kAmount)));
}

const QString kEmail = QStringLiteral("email");
const QString kSalesRepEmail = QStringLiteral("salesRepEmail");

QString emailKey(const FieldValue &email)
{
    return email.text().trimmed().toCaseFolded();
}

QString emailKey(const QJsonValue &email)
{
    return emailKey(FieldValue(email));
}

QString customerEmailKey(const QJsonObject &row)
{
    return emailKey(row.value(kEmail));
}

QString partnerEmailKey(const QJsonObject &row)
{
    return emailKey(row.value(kSalesRepEmail));
}

// An e-mail key is cheap already: its rough key is its hash.
template<const QString &member> std::optional<size_t> hashedEmailKey(const RowMembers &row)
{
    const QString text = emailKey(row.value(member));
    return text.isEmpty() ? std::nullopt : std::optional<size_t>(roughTextHash(text));
}

// The members of a row object, looked up as a rule asks for them.
class ObjectMembers final : public RowMembers
{
public:
    explicit ObjectMembers(const QJsonObject &row) : m_row(row) { }
    const FieldValue &value(const QString &name) const override
    {
        return m_asked.emplace_front(m_row.value(name));
    }

private:
    const QJsonObject &m_row;
    // A list keeps the values it handed out in place (and allocates nothing until asked).
    mutable std::forward_list<FieldValue> m_asked;
};

// The rough keys of the section's rows: those the walk noted, or looked up now.
QList<std::optional<size_t>> roughKeysOf(const Context &c, const DuplicateRule &rule,
                                         const QJsonArray &rows)
{
    if (const std::vector<std::optional<size_t>> *noted
        = c.notedRoughKeys ? c.notedRoughKeys->of(rule.section) : nullptr;
        noted && qsizetype(noted->size()) == rows.size())
        return QList<std::optional<size_t>>(noted->cbegin(), noted->cend());
    QList<std::optional<size_t>> roughKeys;
    roughKeys.reserve(rows.size());
    for (const QJsonValue &row : rows)
        roughKeys.append(roughKeyOf(rule, row));
    return roughKeys;
}

} // namespace

Finding repeatFinding(const DuplicateRule &rule, int row, int first)
{
    const FieldPath rowPath = FieldPath().member(rule.section).index(row);
    const FieldPath path = rule.field.isEmpty() ? rowPath : rowPath.member(rule.field);
    return { path.toString(), Severity::Warning, QString::fromLatin1(rule.rule),
             QCoreApplication::translate("Validator", rule.text)
                 .arg(labelOf(path), labelOf(FieldPath().member(rule.section).index(first))) };
}

const QList<DuplicateRule> &duplicateRules()
{
    static const QList<DuplicateRule> table = {
        { QStringLiteral("offerLines"), QString(), "duplicate-offer-line",
          QT_TRANSLATE_NOOP("Validator",
                            "%1 repeats %2 (same offer, revenue type and "
                            "amount)."),
          offerLineKey, offerLineRoughKey },
        { QStringLiteral("customerContacts"), QStringLiteral("email"), "duplicate-contact",
          QT_TRANSLATE_NOOP("Validator", "%1 repeats the e-mail address of %2."), customerEmailKey,
          hashedEmailKey<kEmail> },
        { QStringLiteral("partnerContacts"), QStringLiteral("salesRepEmail"), "duplicate-contact",
          QT_TRANSLATE_NOOP("Validator", "%1 repeats the e-mail address of %2."), partnerEmailKey,
          hashedEmailKey<kSalesRepEmail> },
    };
    return table;
}

RoughKeyNotes::RoughKeyNotes(const QJsonObject &record)
{
    for (const DuplicateRule &rule : duplicateRules())
        m_keys[rule.section].resize(size_t(record.value(rule.section).toArray().size()));
}

const DuplicateRule *duplicateRuleOf(const QString &section)
{
    for (const DuplicateRule &rule : duplicateRules()) {
        if (rule.section == section)
            return &rule;
    }
    return nullptr;
}

std::optional<size_t> roughKeyOf(const DuplicateRule &rule, const QJsonValue &row)
{
    // A row that is no object has no key: toObject() would give an empty one.
    if (!row.isObject())
        return std::nullopt;
    const QJsonObject object = row.toObject();
    return rule.roughKey(ObjectMembers(object));
}

void reportDuplicates(Context &c, const DuplicateRule &rule)
{
    const QJsonArray rows = c.record.value(rule.section).toArray();
    const QList<std::optional<size_t>> roughKeys = roughKeysOf(c, rule, rows);
    QHash<size_t, int> roughCount;
    roughCount.reserve(rows.size());
    for (const std::optional<size_t> &roughKey : roughKeys) {
        if (roughKey)
            ++roughCount[*roughKey];
    }
    QList<int> candidates;
    for (int row = 0; row < rows.size(); ++row) {
        if (roughKeys.at(row) && roughCount.value(*roughKeys.at(row)) > 1)
            candidates.append(row);
    }
    reportDuplicatesAmong(c, rule, candidates);
}

void reportDuplicatesAmong(Context &c, const DuplicateRule &rule, const QList<int> &rows)
{
    for (const Repeat &repeat : repeatsAmong(JsonRecordRows(c.record), rule, rows))
        c.findings.append(repeatFinding(rule, repeat.row, repeat.first));
}

QList<Repeat> repeatsAmong(const RecordRows &record, const DuplicateRule &rule,
                           const QList<int> &rows)
{
    QHash<QString, int> firstRow;
    QList<Repeat> repeats;
    for (const int row : rows) {
        const QString rowKey = rule.key(record.rowAt(rule.section, row).toObject());
        if (rowKey.isEmpty())
            continue;
        const auto first = firstRow.constFind(rowKey);
        if (first == firstRow.cend())
            firstRow.insert(rowKey, row);
        else
            repeats.append({ row, *first });
    }
    return repeats;
}

} // namespace leadopp::core::validation
