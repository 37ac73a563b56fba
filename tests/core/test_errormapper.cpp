// Every container and every path notation of error-notations.md, table-driven: each body
// must land on the listed canonical paths, in form order.
#include "errormappertesting.h"

#include <gtest/gtest.h>

using namespace leadopp;
using leadopp::test::bodyOf;
using leadopp::test::landings;
using leadopp::test::mapperRecord;

namespace {

struct DialectCase {
    const char *name;
    const char *body;
    QStringList expected;
};

void PrintTo(const DialectCase &c, std::ostream *out)
{
    *out << c.name;
}

const QString kAmount = QStringLiteral("exact:offerLines[1].amount");

// clang-format off
const DialectCase kContainers[] = {
    {"partnerErrorArray", "file:partner-error-array.json",
     {QStringLiteral("exact:leadOpportunity.currency"), kAmount}},
    {"patchErrorsObject", R"({"info":{"statusCode":400},"errors":{"offerLines[1].amount":["Amount must be positive."]}})",
     {kAmount}},
    {"salesBackendErr801", R"({"error":{"code":"ERR801","message":"Already exists."}})",
     {QStringLiteral("exact:leadOpportunity.partnerLeadOpportunityId")}},
    {"rfc9457Errors", R"({"type":"about:blank","errors":[{"detail":"Amount must be positive.","pointer":"/offerLines/1/amount"}]})",
     {kAmount}},
    {"rfc7807InvalidParamsDash", R"({"title":"Invalid","invalid-params":[{"name":"offerLines[1].amount","reason":"must be positive"}]})",
     {kAmount}},
    {"rfc7807InvalidParamsUnderscore", R"({"invalid_params":[{"name":"offerLines[1].amount","reason":"must be positive"}]})",
     {kAmount}},
    {"jsonApi", "file:jsonapi.json", {kAmount}},
    {"aspNetProblem", "file:aspnet-problem.json",
     {QStringLiteral("exact:leadOpportunity.closeDate"), QStringLiteral("exact:leadOpportunity.closeDate"), kAmount}},
    {"laravel", R"({"message":"The given data was invalid.","errors":{"offerLines.1.amount":["must be positive"]}})",
     {QStringLiteral("record:"), kAmount}},
    {"zalandoViolations", R"({"title":"Constraint Violation","violations":[{"field":"offerLines[1].amount","message":"must be positive"}]})",
     {kAmount}},
    {"googleFieldViolations", "file:google-field-violations.json", {QStringLiteral("record:"), kAmount}},
    {"fastApiDetailLoc", "file:fastapi.json", {kAmount}},
    {"djangoBodyIsErrorObject", "file:django-nested.json",
     {QStringLiteral("record:"), kAmount, QStringLiteral("exact:customerContacts[0].email")}},
    {"salesforceTopLevelArray", "file:salesforce.json",
     {QStringLiteral("record:"), QStringLiteral("exact:customerLegalEntity.vatNumber")}},
    {"odataErrorDetailsTarget", "file:odata-details.json",
     {QStringLiteral("exact:leadOpportunity"), kAmount, QStringLiteral("exact:customerLegalEntity.vatNumber")}},
    {"graphQlNestedUserErrors", "file:graphql-usererrors.json", {kAmount}},
    {"graphQlRootUserErrors", R"({"userErrors":[{"field":["offerLines","1","amount"],"message":"must be positive"}]})",
     {kAmount}},
    {"patch400EchoIsNotAnErrorContainer", "file:seed-patch-400-with-errors.json",
     {QStringLiteral("exact:leadOpportunity.closeDate"), kAmount}},
};

// Each notation names the amount of the second offer line.
const DialectCase kNotations[] = {
    {"jsonPointerWithHash", R"({"errors":[{"detail":"x","pointer":"#/offerLines/1/amount"}]})", {kAmount}},
    {"jsonPointer", R"({"errors":[{"detail":"x","pointer":"/offerLines/1/amount"}]})", {kAmount}},
    {"jsonApiDocumentPointer", R"({"errors":[{"detail":"x","source":{"pointer":"/data/attributes/offerLines/1/amount"}}]})", {kAmount}},
    {"dotBracket", R"({"errors":[{"message":"x","field":"offerLines[1].amount"}]})", {kAmount}},
    {"dollarRooted", R"({"errors":[{"message":"x","path":"$.offerLines[1].amount"}]})", {kAmount}},
    {"leadingDot", R"({"errors":[{"message":"x","path":".offerLines[1].amount"}]})", {kAmount}},
    {"quotedBrackets", R"({"errors":[{"message":"x","path":"['offerLines'][1]['amount']"}]})", {kAmount}},
    {"doubleQuotedBrackets", R"({"errors":[{"message":"x","path":"[\"offerLines\"][1][\"amount\"]"}]})", {kAmount}},
    {"dotsWithNumbers", R"({"errors":[{"message":"x","path":"offerLines.1.amount"}]})", {kAmount}},
    {"segmentArrayWithBodyHead", R"({"errors":[{"message":"x","path":["body","offerLines",1,"amount"]}]})", {kAmount}},
    {"segmentArrayWithInputHead", R"({"errors":[{"message":"x","field":["input","offerLines","1","amount"]}]})", {kAmount}},
    {"nestedListAligned", R"({"errors":{"offerLines":[{},{"amount":["must be positive"]}]}})", {kAmount}},
    {"nestedIndexKeys", R"({"errors":{"offerLines":{"1":{"amount":["must be positive"]}}}})", {kAmount}},
    {"snakeCase", R"({"errors":[{"message":"x","field":"offer_lines[1].amount"}]})", {kAmount}},
    {"kebabAndUpperCase", R"({"errors":[{"message":"x","field":"OFFER-LINES[1].AMOUNT"}]})", {kAmount}},
    {"pathInProse", R"({"errors":{"":["Could not convert string to decimal: abc. Path 'offerLines[1].amount', line 1, position 16."]}})", {kAmount}},
    {"structuredElements", R"({"errors":[{"message":"x","path":[{"field":"offerLines","index":1},{"field":"amount"}]}]})", {kAmount}},
};
// clang-format on

class ContainerTest : public ::testing::TestWithParam<DialectCase>
{
};

class NotationTest : public ::testing::TestWithParam<DialectCase>
{
};

std::string caseName(const ::testing::TestParamInfo<DialectCase> &info)
{
    return info.param.name;
}

} // namespace

TEST_P(ContainerTest, mapErrors_landsEveryMessageOnItsField)
{
    const DialectCase &c = GetParam();
    const core::MappedErrors mapped = core::mapErrors(bodyOf(c.body), 400, mapperRecord());
    EXPECT_EQ(landings(mapped), c.expected);
    for (const core::FieldError &error : mapped.errors)
        EXPECT_FALSE(error.message.isEmpty()) << error.path.toStdString();
}

TEST_P(NotationTest, mapErrors_resolvesToTheCanonicalPath)
{
    const DialectCase &c = GetParam();
    const core::MappedErrors mapped = core::mapErrors(bodyOf(c.body), 400, mapperRecord());
    EXPECT_EQ(landings(mapped), c.expected);
    ASSERT_EQ(mapped.errors.size(), 1);
    EXPECT_FALSE(mapped.errors.first().rawPath.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Containers, ContainerTest, ::testing::ValuesIn(kContainers), caseName);
INSTANTIATE_TEST_SUITE_P(Notations, NotationTest, ::testing::ValuesIn(kNotations), caseName);
