// Error bodies in the shapes widely used frameworks produce (written from each
// framework's documentation, under tests/data/errors/frameworks): each must light the
// listed canonical paths and keep the listed messages. Then the promise behind them: no
// text of any body in the corpus is dropped.
#include "errormappertesting.h"

#include "core/errors/errormaptrace.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace leadopp;
using leadopp::test::landings;
using leadopp::test::mapperRecord;

namespace {

struct FrameworkCase {
    const char *name;
    const char *file;
    QStringList expected; ///< landings, in form order
    QStringList kept;     ///< messages that must appear verbatim in some entry
};

void PrintTo(const FrameworkCase &c, std::ostream *out)
{
    *out << c.name;
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString kRecord = QStringLiteral("record:");
const QString kAmount = QStringLiteral("exact:offerLines[1].amount");
const QString kCurrency = QStringLiteral("exact:leadOpportunity.currency");
const QString kCloseDate = QStringLiteral("exact:leadOpportunity.closeDate");
const QString kCity = QStringLiteral("exact:customerLegalEntity.city");
const QString kEmail = QStringLiteral("exact:customerContacts[0].email");

// clang-format off
const FrameworkCase kFrameworks[] = {
    {"rfc9457Errors", "rfc9457-errors.json", {kRecord, kCurrency, kAmount},
     {s("Two values of the lead opportunity are not valid."), s("must be a positive number"), s("must be an ISO 4217 code")}},
    {"rfc9457InvalidParams", "rfc9457-invalid-params.json", {kCloseDate, kAmount},
     {s("must be a positive number"), s("must be an ISO 8601 date-time")}},
    {"aspNetValidationProblemDetails", "aspnet-validationproblemdetails.json", {kCloseDate, kAmount, kEmail},
     {s("The Email field is not a valid e-mail address.")}},
    {"springBindingResult", "spring-binding-result.json", {kRecord, kAmount, kEmail},
     {s("Validation failed for object='leadOpportunityUpdate'. Error count: 2"), s("must be greater than or equal to 0.0"), s("must be a well-formed email address")}},
    {"springProblemDetailJackson", "spring-problemdetail-jackson.json", {kAmount}, {}},
    {"fastApiPydantic", "fastapi-pydantic.json", {kAmount, kCity},
     {s("Input should be greater than or equal to 0"), s("Field required")}},
    {"drfNested", "drf-nested.json", {kRecord, kCloseDate, kAmount, kEmail},
     {s("The opportunity cannot be won without an offer line."), s("Enter a valid email address.")}},
    {"drfStandardizedErrors", "drf-standardized-errors.json", {kRecord, kAmount, kEmail},
     {s("Ensure this value is greater than or equal to 0.")}},
    {"jsonApi", "jsonapi.json", {kCurrency, kAmount}, {s("Currency must be an ISO 4217 code.")}},
    {"googleRpcStatusInError", "google-rpc-status.json", {kRecord, kCurrency, kCurrency, kAmount},
     {s("Request contains an invalid argument."), s("Amount must be greater than or equal to 0."), s("Die Währung muss ein ISO-4217-Code sein.")}},
    {"grpcGatewayTopLevel", "grpc-gateway.json", {kRecord, kAmount}, {s("value must be greater than or equal to 0")}},
    {"stripeParam", "stripe.json", {kAmount}, {s("Invalid integer: twelve")}},
    {"payPalDetailsPointer", "paypal.json", {kRecord, kAmount, kEmail},
     {s("Must be greater than or equal to zero."), s("The value of a field does not conform to the expected format.")}},
    {"salesforceFields", "salesforce.json", {kRecord, kCloseDate, s("partial:offerLines")},
     {s("entity is locked for editing"), s("Close Date: invalid date: 30/06/2025")}},
    {"ajvInstancePathAndDataPath", "ajv.json", {kRecord, kCurrency, kAmount, kCity},
     {s("must be >= 0"), s("must have required property 'city'")}},
    {"joiDetailsPath", "joi.json", {kAmount}, {s("\"offerLines[1].amount\" must be greater than or equal to 0")}},
    {"celebrateValidationKeys", "celebrate.json", {kRecord, kAmount}, {s("Validation failed")}},
    {"expressValidator", "express-validator.json", {kAmount, kEmail}, {s("Amount must be zero or more"), s("Invalid value")}},
    {"zodIssues", "zod.json", {kAmount, kEmail}, {s("Invalid email")}},
    {"graphQlExtensionsAndProse", "graphql.json", {kCurrency, kAmount}, {s("Currency must be an ISO 4217 code.")}},
    {"laravel", "laravel.json", {kRecord, kAmount, kCity}, {s("The customer legal entity.city field is required.")}},
    {"rails", "rails.json", {kCloseDate, kAmount}, {s("can't be blank")}},
    {"sapODataV2", "sap-odata-v2.json", {kAmount, kCity}, {s("Amount must be greater than or equal to 0."), s("City is required.")}},
    {"sapODataV4", "sap-odata-v4.json", {s("exact:leadOpportunity"), kCloseDate, kAmount},
     {s("The lead opportunity has 2 invalid values."), s("Close date must be an ISO 8601 date-time.")}},
    {"microsoftRestRelativeTargets", "microsoft-rest.json",
     {kRecord, s("exact:offerLines[1]"), s("exact:offerLines[1].offerNameId"), kAmount},
     {s("Multiple errors in the offer line."), s("Offer name id must not be null."), s("Amount is not a number.")}},
    {"fhirOperationOutcome", "fhir-operationoutcome.json", {kAmount, kAmount, kEmail},
     {s("Amount must be greater than or equal to 0."), s("Customer contact email is required.")}},
    {"wordPressDataParams", "wordpress-rest.json", {kRecord, kCurrency, s("partial:offerLines")},
     {s("Invalid parameter(s): amount, currency"), s("currency is not one of EUR, USD and GBP.")}},
    {"openApiProxyValidationLocation", "openapi-proxy-422.json", {kRecord, s("exact:leadOpportunity"), kAmount},
     {s("Request body must have required property 'currency'")}},
    {"expressOpenApiValidator", "express-openapi-validator.json", {kAmount, kAmount}, {s("must be >= 0")}},
};

// Prose that carries a machine path in a fixed form lights the field too.
const FrameworkCase kProse[] = {
    {"graphQlJsAtQuoted", R"({"errors":[{"message":"Variable \"$input\" got invalid value -5 at \"input.offerLines[1].amount\"; Expected a number."}]})", {kAmount}, {}},
    {"openApiValidatorLeadingPath", R"({"message":"body/offerLines/1/amount must be >= 0"})", {kAmount}, {}},
    {"jacksonReferenceChain", R"j({"message":"Cannot deserialize (through reference chain: a.Update[\"offerLines\"]->java.util.ArrayList[1]->a.OfferLine[\"amount\"])"})j", {kAmount}, {}},
    {"systemTextJsonPathColon", R"({"errors":{"":["The JSON value could not be converted. Path: $.offerLines[1].amount | LineNumber: 0 | BytePositionInLine: 42."]}})", {kAmount}, {}},
    {"joiLeadingQuotedLabel", R"({"message":"\"offerLines[1].amount\" must be greater than or equal to 0"})", {kAmount}, {}},
    {"proseWordsNeverBecomePaths", R"({"message":"U.S. customers need a VAT number: see docs/vat for details."})", {kRecord}, {}},
};
// clang-format on

class FrameworkTest : public ::testing::TestWithParam<FrameworkCase>
{
};

class ProseTest : public ::testing::TestWithParam<FrameworkCase>
{
};

std::string caseName(const ::testing::TestParamInfo<FrameworkCase> &info)
{
    return info.param.name;
}

QByteArray frameworkBody(const char *file)
{
    return test::readData(QStringLiteral("errors/frameworks/") + QString::fromUtf8(file));
}

bool anyEntryContains(const core::MappedErrors &mapped, const QString &text)
{
    return std::any_of(mapped.errors.cbegin(), mapped.errors.cend(), [&](const auto &error) {
        return error.message.contains(text) || error.code == text;
    });
}

} // namespace

TEST_P(FrameworkTest, mapErrors_lightsTheFieldsAndKeepsTheMessages)
{
    const FrameworkCase &c = GetParam();
    const core::MappedErrors mapped = core::mapErrors(frameworkBody(c.file), 400, mapperRecord());
    EXPECT_EQ(landings(mapped), c.expected);
    for (const QString &message : c.kept)
        EXPECT_TRUE(anyEntryContains(mapped, message)) << message.toStdString();
}

TEST_P(ProseTest, mapErrors_lightsThePathTheProseCarries)
{
    const FrameworkCase &c = GetParam();
    EXPECT_EQ(landings(core::mapErrors(QByteArray(c.file), 400, mapperRecord())), c.expected);
}

INSTANTIATE_TEST_SUITE_P(Frameworks, FrameworkTest, ::testing::ValuesIn(kFrameworks), caseName);
INSTANTIATE_TEST_SUITE_P(Prose, ProseTest, ::testing::ValuesIn(kProse), caseName);

TEST(ErrorMapperFrameworks, everyBodyInTheFolderHasACase)
{
    QStringList files = QDir(test::dataPath(QStringLiteral("errors/frameworks")))
                            .entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const FrameworkCase &c : kFrameworks)
        files.removeAll(QString::fromUtf8(c.file));
    EXPECT_TRUE(files.isEmpty()) << files.join(u' ').toStdString();
}

TEST(ErrorMapperFrameworks, humanTextWinsOverABareCode)
{
    const core::MappedErrors mapped = core::mapErrors(
        R"({"details":[{"fieldViolations":[{"field":"offerLines[1].amount","reason":"VALUE_OUT_OF_RANGE","description":"must be >= 0"}]}]})",
        400, mapperRecord());
    ASSERT_EQ(mapped.errors.size(), 1);
    EXPECT_EQ(mapped.errors.first().message, QStringLiteral("must be >= 0"));
    EXPECT_EQ(mapped.errors.first().code, QStringLiteral("VALUE_OUT_OF_RANGE"));
}

TEST(ErrorMapperFrameworks, traceIdsUnderTheirCommonNames)
{
    const auto traceOf = [](const char *file) {
        return core::mapErrors(frameworkBody(file), 400, mapperRecord()).traceId;
    };
    EXPECT_EQ(traceOf("aspnet-validationproblemdetails.json"),
              QStringLiteral("00-84b3d8c9e1a0b1f2a9f0c4f1d2e3a4b5-7c1d2e3f4a5b6c7d-00"));
    EXPECT_EQ(traceOf("paypal.json"), QStringLiteral("90957fca61718"));
    EXPECT_EQ(traceOf("sap-odata-v2.json"), QStringLiteral("5E7B4A2F3C1D0E9F8A7B6C5D4E3F2A1B"));
    EXPECT_EQ(traceOf("google-rpc-status.json"),
              QStringLiteral("7f3c2a9e-5b1d-4c8e-9a2f-1e6d0b4c8a73"));
    for (const char *body :
         { R"({"message":"x","request-id":"r-1"})", R"({"message":"x","correlationId":"r-1"})",
           R"({"error":{"message":"x","requestId":"r-1"}})",
           R"({"message":"x","X-Request-Id":"r-1"})",
           R"({"message":"x","x_correlation_id":"r-1"})" })
        EXPECT_EQ(core::mapErrors(body, 400, mapperRecord()).traceId, QStringLiteral("r-1"))
            << body;
}

namespace {

// Members whose strings are not messages: the data submitted (echoes, rejected values,
// schema parameters), a problem type's `title` (a summary, quoted only when nothing else
// speaks), addresses, and SAP's hints for backend administrators.
bool isNotAMessage(const QString &key)
{
    static const QStringList kKeys {
        QStringLiteral("_original"), QStringLiteral("input"),
        QStringLiteral("value"),     QStringLiteral("rejectedValue"),
        QStringLiteral("arguments"), QStringLiteral("codes"),
        QStringLiteral("ctx"),       QStringLiteral("params"),
        QStringLiteral("title"),     QStringLiteral("type"),
        QStringLiteral("instance"),  QStringLiteral("path"),
        QStringLiteral("links"),     QStringLiteral("Error_Resolution"),
        QStringLiteral("timestamp"), QStringLiteral("timeStamp"),
    };
    return kKeys.contains(key);
}

bool isRecordEcho(const QString &key, const QJsonValue &value)
{
    return key == QLatin1String("data")
        && (value.isArray() || value.toObject().contains(u"leadOpportunity")
            || value.toObject().contains(u"leadOportunityId"));
}

// Every string of words (it has a space) a body holds outside those members.
void collectTexts(const QJsonValue &value, QStringList &texts)
{
    if (value.isString() && value.toString().trimmed().contains(u' ')) {
        texts.append(value.toString().trimmed());
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectTexts(element, texts);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!isNotAMessage(it.key()) && !isRecordEcho(it.key(), it.value()))
                collectTexts(it.value(), texts);
        }
    }
}

QStringList corpusFiles()
{
    QStringList files;
    for (const QString &folder : { QStringLiteral("errors/frameworks"), QStringLiteral("errors"),
                                   QStringLiteral("../fuzz/corpus") }) {
        const QDir dir(test::dataPath(folder));
        for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
            if (name != QLatin1String("record.json")) // the record itself, not an answer
                files.append(dir.filePath(name));
        }
    }
    return files;
}

} // namespace

TEST(ErrorMapperKeepsEveryMessage, everyTextOfEveryCorpusBodyReachesAnEntry)
{
    int texts = 0;
    for (const QString &path : corpusFiles()) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray body = file.readAll();
        const QJsonDocument document = QJsonDocument::fromJson(body);
        QStringList found;
        collectTexts(document.isArray() ? QJsonValue(document.array())
                                        : QJsonValue(document.object()),
                     found);
        const core::MappedErrors mapped = core::mapErrors(body, 400, mapperRecord());
        for (const QString &text : std::as_const(found)) {
            ++texts;
            EXPECT_TRUE(anyEntryContains(mapped, text))
                << QFileInfo(path).fileName().toStdString() << ": " << text.toStdString();
        }
    }
    EXPECT_GT(texts, 80);
}
