#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/documentreader.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validationvat.h"
#include "core/validation/validator.h"

#include "testsupport.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace leadopp::core;

namespace {

// {path, severity, rule}: what a case expects of each finding, in order.
using Expected = std::tuple<QString, QString, QString>;

std::vector<Expected> shapeOf(const QList<Finding> &findings)
{
    std::vector<Expected> shape;
    for (const Finding &finding : findings)
        shape.emplace_back(finding.path, severityName(finding.severity), finding.rule);
    return shape;
}

QString describe(const QList<Finding> &findings)
{
    QString text;
    for (const Finding &finding : findings)
        text += finding.path + u' ' + finding.rule + QStringLiteral(": ") + finding.message + u'\n';
    return text;
}

QJsonArray ruleCases()
{
    return leadopp::test::parseObject(
               leadopp::test::readData(QStringLiteral("validation/rule-cases.json")))
        .value(QLatin1String("cases"))
        .toArray();
}

ExportMode modeOf(const QJsonObject &testCase)
{
    return testCase.value(QLatin1String("mode")).toString() == QLatin1String("create")
        ? ExportMode::Create
        : ExportMode::Update;
}

QJsonObject recordOf(const QString &contractFile)
{
    const ReadResult read
        = readDocument(leadopp::test::readData(QStringLiteral("contract/") + contractFile));
    EXPECT_TRUE(read.ok) << read.error.toStdString();
    return read.draft.record;
}

bool hasFinding(const QList<Finding> &findings, const QString &path, Severity severity,
                const QString &rule)
{
    return std::any_of(findings.begin(), findings.end(), [&](const Finding &finding) {
        return finding.path == path && finding.severity == severity && finding.rule == rule;
    });
}

} // namespace

TEST(Validator, ruleTable_everyCaseYieldsExactlyItsFindings)
{
    const QJsonArray cases = ruleCases();
    ASSERT_GE(cases.size(), 30);
    for (const QJsonValue &value : cases) {
        const QJsonObject testCase = value.toObject();
        std::vector<Expected> expected;
        for (const QJsonValue &item : testCase.value(QLatin1String("expect")).toArray()) {
            const QJsonArray triple = item.toArray();
            expected.emplace_back(triple.at(0).toString(), triple.at(1).toString(),
                                  triple.at(2).toString());
        }
        const QList<Finding> findings
            = validateRecord(testCase.value(QLatin1String("record")).toObject(), modeOf(testCase));
        EXPECT_EQ(shapeOf(findings), expected)
            << testCase.value(QLatin1String("name")).toString().toStdString() << '\n'
            << describe(findings).toStdString();
    }
}

TEST(Validator, ruleTable_everyMessageNamesTheFieldLabel)
{
    for (const QJsonValue &value : ruleCases()) {
        const QJsonObject testCase = value.toObject();
        const QList<Finding> findings
            = validateRecord(testCase.value(QLatin1String("record")).toObject(), modeOf(testCase));
        for (const Finding &finding : findings) {
            if (finding.rule == QLatin1String("unknown-member"))
                EXPECT_TRUE(finding.message.contains(finding.path))
                    << finding.message.toStdString();
            else
                EXPECT_TRUE(
                    finding.message.contains(validation::labelOf(FieldPath::parse(finding.path))))
                    << finding.message.toStdString();
        }
    }
}

TEST(Validator, amountPlaceholder_messageNamesOfferLineAndValue)
{
    const QJsonObject record
        = leadopp::test::parseObject(R"({"leadOpportunity": {"partnerLeadOpportunityId": "P"},
        "offerLines": [{"offerNameId": "A", "amount": 1}, {"offerNameId": "B", "amount": "double"}]})");
    const QList<Finding> findings = validateRecord(record, ExportMode::Update);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().path, QStringLiteral("offerLines[1].amount"));
    EXPECT_TRUE(findings.first().message.startsWith(
        QStringLiteral("Offer line 2 · Amount must be a number, not \"double\"")))
        << findings.first().message.toStdString();
    EXPECT_TRUE(findings.first().message.contains(QStringLiteral("placeholder")));
}

// A negative amount is said the way the rep types amounts, as the cell shows it.
TEST(Validator, negativeAmount_isSaidInTheRepsNotation)
{
    const QJsonObject record = leadopp::test::parseObject(
        R"({"leadOpportunity": {"partnerLeadOpportunityId": "P"},
            "offerLines": [{"offerNameId": "A", "amount": -1500.75}]})");
    for (const auto &[locale, said] :
         { std::pair { QLocale(QLocale::German, QLocale::Germany), "(-1500,75)" },
           std::pair { QLocale::c(), "(-1500.75)" } }) {
        QLocale::setDefault(locale);
        const QList<Finding> findings = validateRecord(record, ExportMode::Update);
        QLocale::setDefault(QLocale::system());
        ASSERT_EQ(findings.size(), 1) << describe(findings).toStdString();
        EXPECT_TRUE(findings.first().message.contains(QString::fromLatin1(said)))
            << findings.first().message.toStdString();
    }
}

TEST(Validator, garbageCloseDate_messageSaysTheApiAnswers406)
{
    const QJsonObject record = leadopp::test::parseObject(
        R"({"leadOpportunity": {"partnerLeadOpportunityId": "P", "closeDate": "next week"}})");
    const QList<Finding> findings = validateRecord(record, ExportMode::Update);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings.first().message.startsWith(QStringLiteral("Close date ")));
    EXPECT_TRUE(findings.first().message.contains(QStringLiteral("406 ERR805")));
}

// The API keeps milliseconds: the export cuts the rest, and the warning shows what is sent.
TEST(Validator, dateMorePreciseThanAMillisecond_warningNamesWhatIsSent)
{
    const QJsonObject record = leadopp::test::parseObject(
        R"({"leadOpportunity": {"partnerLeadOpportunityId": "P",
                                "closeDate": "2025-06-01T20:46:51.326999+02:00"}})");
    const QList<Finding> findings = validateRecord(record, ExportMode::Update);
    ASSERT_EQ(findings.size(), 1) << describe(findings).toStdString();
    EXPECT_EQ(findings.first().severity, Severity::Warning);
    EXPECT_TRUE(findings.first().message.contains(QStringLiteral("2025-06-01T18:46:51.326Z")))
        << findings.first().message.toStdString();
}

TEST(Validator, seedRejection_flagsPlaceholdersAndTypeErrors)
{
    const QJsonObject record = recordOf(QStringLiteral(
        "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json"));
    const QList<Finding> findings = validateRecord(record, defaultExportMode(record));
    const Severity E = Severity::Error;
    const Severity W = Severity::Warning;
    EXPECT_TRUE(hasErrors(findings));
    EXPECT_TRUE(
        hasFinding(findings, QStringLiteral("offerLines[0].amount"), E, QStringLiteral("number")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("leadOpportunity.closeDate"), E,
                           QStringLiteral("date-time")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("leadOpportunity.nextMilestoneDate"), E,
                           QStringLiteral("date-time")));
    EXPECT_TRUE(
        hasFinding(findings, QStringLiteral("leadOpportunity.status"), E, QStringLiteral("enum")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("leadOpportunity.forecastCategory"), E,
                           QStringLiteral("enum")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("leadOpportunity.reasonWon[0]"), E,
                           QStringLiteral("enum")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("offerLines[0].revenueType"), E,
                           QStringLiteral("enum")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("leadOpportunity.currency"), E,
                           QStringLiteral("currency")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("leadOpportunity.partnerLeadOpportunityId"), W,
                           QStringLiteral("placeholder")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("leadOpportunity.dsOwnerEmail"), W,
                           QStringLiteral("placeholder")));
    EXPECT_TRUE(hasFinding(findings, QStringLiteral("customerLegalEntity.websiteUrl"), W,
                           QStringLiteral("placeholder")));
    for (const Finding &finding : findings) {
        if (finding.rule != QLatin1String("placeholder"))
            continue;
        EXPECT_TRUE(finding.message.contains(QStringLiteral("\"string\"")))
            << finding.message.toStdString();
    }
    // The contacts of the seed hold real data.
    EXPECT_FALSE(std::any_of(findings.begin(), findings.end(), [](const Finding &finding) {
        return finding.path.startsWith(QLatin1String("customerContacts"))
            || finding.path.startsWith(QLatin1String("partnerContacts"));
    })) << describe(findings).toStdString();
}

TEST(Validator, officialRequestExamples_haveNoErrors)
{
    const std::pair<const char *, ExportMode> examples[] = {
        { "createLeadsOpportunities-request-createLeadBasic.json", ExportMode::Create },
        { "createLeadsOpportunities-request-createOpportunityBasic.json", ExportMode::Create },
        { "updateLeadOpportunitiesDetails-request-updateLeadNextMilestone.json",
          ExportMode::Update },
        { "updateLeadOpportunitiesDetails-request-updateLeadStatus.json", ExportMode::Update },
    };
    for (const auto &[file, mode] : examples) {
        const QList<Finding> findings = validateRecord(recordOf(QString::fromLatin1(file)), mode);
        EXPECT_FALSE(hasErrors(findings)) << file << '\n' << describe(findings).toStdString();
    }
}

TEST(Validator, findings_comeInFormOrderThenRow)
{
    const QJsonObject record = leadopp::test::parseObject(R"({"offerLines": [
        {"offerNameId": "A", "amount": "x"}, {"amount": "y"}],
        "leadOpportunity": {"currency": "eu", "partnerLeadOpportunityId": "P", "status": "?"}})");
    const QList<Finding> findings = validateRecord(record, ExportMode::Update);
    QStringList paths;
    for (const Finding &finding : findings)
        paths.append(finding.path);
    EXPECT_EQ(paths,
              (QStringList { QStringLiteral("leadOpportunity.status"),
                             QStringLiteral("leadOpportunity.currency"),
                             QStringLiteral("offerLines[1].offerNameId"),
                             QStringLiteral("offerLines[0].amount"),
                             QStringLiteral("offerLines[1].amount") }));
}

TEST(Validator, hasErrorsAndSeverityName)
{
    EXPECT_FALSE(hasErrors({}));
    EXPECT_FALSE(hasErrors({ { QString(), Severity::Warning, QStringLiteral("x"), QString() } }));
    EXPECT_TRUE(hasErrors({ { QString(), Severity::Error, QStringLiteral("x"), QString() } }));
    EXPECT_EQ(severityName(Severity::Error), QStringLiteral("error"));
    EXPECT_EQ(severityName(Severity::Warning), QStringLiteral("warning"));
}

TEST(Validator, vatTable_holdsTheTwentySevenMemberStates)
{
    const QList<validation::EuCountry> &countries = validation::euCountries();
    EXPECT_EQ(countries.size(), 27);
    for (const validation::EuCountry &country : countries)
        EXPECT_EQ(validation::euCountryByName(country.iso), &country) << country.iso.toStdString();
    EXPECT_EQ(validation::euCountryByName(QStringLiteral("DEUTSCHLAND"))->iso,
              QStringLiteral("DE"));
    EXPECT_EQ(validation::euCountryByName(QStringLiteral("allemagne"))->iso, QStringLiteral("DE"));
    EXPECT_EQ(validation::euCountryByName(QStringLiteral("Ελλάδα"))->vatPrefix,
              QStringLiteral("EL"));
    EXPECT_EQ(validation::euCountryByName(QStringLiteral("Espana"))->iso, QStringLiteral("ES"));
    EXPECT_EQ(validation::euCountryByName(QStringLiteral("Japan")), nullptr);
}

namespace {

// Every path present in `value`, depth first.
void collectPaths(const QJsonValue &value, const FieldPath &path, QList<FieldPath> &out)
{
    out.append(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPaths(it.value(), path.member(it.key()), out);
    } else if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (int i = 0; i < items.size(); ++i)
            collectPaths(items.at(i), path.index(i), out);
    }
}

QList<Finding> subsetFor(const QList<Finding> &all, const QList<FieldPath> &changed)
{
    const QList<FieldPath> affected = affectedPaths(changed);
    QList<Finding> subset;
    for (const Finding &finding : all) {
        const FieldPath path = FieldPath::parse(finding.path);
        if (std::any_of(affected.begin(), affected.end(), [&](const FieldPath &scoped) {
                return validation::onSameBranch(scoped, path);
            }))
            subset.append(finding);
    }
    return subset;
}

QJsonObject richRecord()
{
    QJsonObject record = recordOf(QStringLiteral(
        "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json"));
    const QJsonObject extra = leadopp::test::parseObject(R"({
        "leadOpportunity": {"partnerLeadOpportunityId": "P", "status": "WON", "forecastCategory": "COMMIT"},
        "offerLines": [{"offerNameId": "A", "amount": 1}, {"amount": -2}, {"offerNameId": "A", "amount": 1}],
        "customerLegalEntity": {"city": "Berlin", "country": "Germany", "vatNumber": "123456789"},
        "customerContacts": [{"firstName": "A", "lastName": "B", "email": "a@x.com"}, {"email": "A@x.com"}],
        "unknownTop": 1})");
    for (auto it = extra.begin(); it != extra.end(); ++it)
        record.insert(it.key(), it.value());
    return record;
}

bool containsRule(const QList<Finding> &findings, const QString &rule)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const Finding &finding) { return finding.rule == rule; });
}

} // namespace

TEST(ValidatorPaths, everyChangedPath_equalsTheValidateRecordSubset)
{
    const QJsonObject record = richRecord();
    QList<FieldPath> changed;
    collectPaths(record, FieldPath(), changed);
    for (const FieldSpec &spec : FieldCatalogue::fields()) // missing fields too
        changed.append(FieldPath::parse(
            QString(spec.pattern).replace(QStringLiteral("[]"), QStringLiteral("[0]"))));
    for (const ExportMode mode : { ExportMode::Update, ExportMode::Create }) {
        const QList<Finding> all = validateRecord(record, mode);
        for (const FieldPath &path : std::as_const(changed)) {
            EXPECT_EQ(validatePaths(record, mode, { path }), subsetFor(all, { path }))
                << path.toString().toStdString();
        }
        const QList<FieldPath> pair { FieldPath::parse(QStringLiteral("leadOpportunity.status")),
                                      FieldPath::parse(QStringLiteral("offerLines[1].amount")) };
        EXPECT_EQ(validatePaths(record, mode, pair), subsetFor(all, pair));
        EXPECT_EQ(validatePaths(record, mode, { FieldPath() }), all);
    }
}

TEST(ValidatorPaths, dependants_followStatusCountryAndRows)
{
    const QJsonObject record = richRecord();
    const auto after = [&record](const char *path) {
        return validatePaths(record, ExportMode::Update,
                             { FieldPath::parse(QString::fromLatin1(path)) });
    };
    const QList<Finding> status = after("leadOpportunity.status");
    EXPECT_TRUE(containsRule(status, QStringLiteral("forecast-status")));
    EXPECT_TRUE(containsRule(status, QStringLiteral("won-reason"))
                || containsRule(status, QStringLiteral("enum")));
    EXPECT_FALSE(containsRule(status, QStringLiteral("number"))); // offer lines untouched
    EXPECT_TRUE(containsRule(after("customerLegalEntity.country"), QStringLiteral("vat")));
    EXPECT_TRUE(
        containsRule(after("offerLines[0].amount"), QStringLiteral("duplicate-offer-line")));
    EXPECT_TRUE(
        containsRule(after("customerContacts[0].email"), QStringLiteral("duplicate-contact")));
    EXPECT_FALSE(
        containsRule(after("leadOpportunity.name"), QStringLiteral("duplicate-offer-line")));
    EXPECT_LT(after("leadOpportunity.name").size(),
              validateRecord(record, ExportMode::Update).size());
}

// The 3DS id is the address of an update: a placeholder such as "string" would send it to
// a lead that does not exist, so it is an error although the id is never in the body.
TEST(Validator, placeholderDsId_isAnErrorAndARealOneIsNot)
{
    const QJsonObject wrong = leadopp::test::parseObject(
        R"({"dsLeadOpportunityId": "string", "leadOpportunity": {"partnerLeadOpportunityId": "P"}})");
    const QList<Finding> findings = validateRecord(wrong, ExportMode::Update);
    ASSERT_EQ(findings.size(), 1) << describe(findings).toStdString();
    EXPECT_EQ(findings.first().path, QStringLiteral("dsLeadOpportunityId"));
    EXPECT_EQ(findings.first().rule, QStringLiteral("ds-id"));
    EXPECT_EQ(findings.first().severity, Severity::Error);
    const QJsonObject right = leadopp::test::parseObject(
        R"({"dsLeadOpportunityId": "XJSR-DZMFFT", "leadOpportunity": {"partnerLeadOpportunityId": "P"}})");
    EXPECT_TRUE(validateRecord(right, ExportMode::Update).isEmpty());
}
