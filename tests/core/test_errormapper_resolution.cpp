// How one server-named path resolves against the record and the catalogue: prefixes,
// folding, aliases, bare names, record markers, partial and out-of-range paths, codes.
#include "errormappertesting.h"

#include "core/errors/errorpathparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace leadopp;
using leadopp::test::landings;
using leadopp::test::mapperRecord;

namespace {

struct PathCase {
    const char *name;
    const char *rawPath;
    const char *expected; ///< "match:path"
};

void PrintTo(const PathCase &c, std::ostream *out)
{
    *out << c.name;
}

// clang-format off
const PathCase kPaths[] = {
    {"prefixData", "data.offerLines[1].amount", "exact:offerLines[1].amount"},
    {"prefixDataPointer", "/data/offerLines/1/amount", "exact:offerLines[1].amount"},
    {"prefixRequest", "request.leadOpportunity.closeDate", "exact:leadOpportunity.closeDate"},
    {"prefixBody", "body.leadOpportunity.closeDate", "exact:leadOpportunity.closeDate"},
    {"prefixInput", "input.customerLegalEntity.city", "exact:customerLegalEntity.city"},
    {"prefixLeadOpportunityUpdate", "leadOpportunityUpdate.offerLines[0].revenueType", "exact:offerLines[0].revenueType"},
    {"prefixUnknownFirstSegment", "patchLeadRequest.offerLines[1].amount", "exact:offerLines[1].amount"},
    {"foldCaseUnderscoreDash", "Lead_Opportunity.CLOSE-DATE", "exact:leadOpportunity.closeDate"},
    {"snakeCaseSection", "customer_legal_entity.vat_number", "exact:customerLegalEntity.vatNumber"},
    {"aliasPartnerExternalId", "partnerExternalId", "exact:leadOpportunity.partnerLeadOpportunityId"},
    {"aliasPartnerExternalIdInSection", "leadOpportunity.partnerExternalId", "exact:leadOpportunity.partnerLeadOpportunityId"},
    {"aliasCustomerContact", "customerContact[0].email", "exact:customerContacts[0].email"},
    {"aliasPartnerContact", "partnerContact[0].salesRepEmail", "exact:partnerContacts[0].salesRepEmail"},
    {"aliasLeadOportunityId", "leadOportunityId", "exact:dsLeadOpportunityId"},
    {"sectionNestedInLeadOpportunity", "leadOpportunity.offerLines[1].amount", "exact:offerLines[1].amount"},
    {"opportunityFieldAtTopLevel", "closeDate", "exact:leadOpportunity.closeDate"},
    {"uniqueBareNameOpportunity", "dsOwnerEmail", "exact:leadOpportunity.dsOwnerEmail"},
    {"uniqueBareNameLegalEntity", "vatNumber", "exact:customerLegalEntity.vatNumber"},
    {"rootField", "partnerId", "exact:partnerId"},
    {"wholeSection", "customerLegalEntity", "exact:customerLegalEntity"},
    {"wholeRow", "offerLines[1]", "exact:offerLines[1]"},
    {"absentMemberOfExistingRow", "offerLines[1].revenueType", "exact:offerLines[1].revenueType"},
    {"multiValueItemExists", "leadOpportunity.reasonLost[3]", "exact:leadOpportunity.reasonLost[3]"},
    {"multiValueItemMissing", "leadOpportunity.reasonLost[9]", "partial:leadOpportunity.reasonLost"},
    {"unknownMemberOfRow", "offerLines[1].discount", "partial:offerLines[1]"},
    {"unknownMemberOfSection", "customerLegalEntity.foundedIn", "partial:customerLegalEntity"},
    {"rowOutOfRange", "offerLines[7].amount", "partial:offerLines"},
    {"rowOfEmptySection", "customerContacts[3].email", "partial:customerContacts"},
    {"numberUnderObjectIsAName", "customerLegalEntity.1", "partial:customerLegalEntity"},
    {"bareNameOfRowField", "offerNameId", "partial:offerLines"},
    {"pathBelowScalarField", "leadOpportunity.closeDate.year", "partial:leadOpportunity.closeDate"},
    {"ambiguousEmail", "email", "record:"},
    {"ambiguousName", "name", "record:"},
    {"unknownName", "colour", "record:"},
};

const char *const kRecordMarkers[] = {
    "", "#", "$", "/", "non_field_errors", "__all__", "_error", "root", "__errors",
    "formErrors", "pageErrors",
};
// clang-format on

class PathResolutionTest : public ::testing::TestWithParam<PathCase>
{
};

class RecordMarkerTest : public ::testing::TestWithParam<const char *>
{
};

QByteArray bodyNaming(const char *rawPath)
{
    const QJsonObject item { { QStringLiteral("message"), QStringLiteral("Rejected.") },
                             { QStringLiteral("field"), QString::fromUtf8(rawPath) } };
    const QJsonObject body { { QStringLiteral("errors"), QJsonArray { item } } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::string pathCaseName(const ::testing::TestParamInfo<PathCase> &info)
{
    return info.param.name;
}

core::FieldError only(const core::MappedErrors &mapped)
{
    EXPECT_EQ(mapped.errors.size(), 1);
    return mapped.errors.value(0);
}

} // namespace

TEST_P(PathResolutionTest, mapErrors_resolvesAgainstRecordAndCatalogue)
{
    const PathCase &c = GetParam();
    const core::FieldError error
        = only(core::mapErrors(bodyNaming(c.rawPath), 400, mapperRecord()));
    EXPECT_EQ(core::matchKindName(error.match) + u':' + error.path, QString::fromUtf8(c.expected));
    EXPECT_EQ(error.rawPath, QString::fromUtf8(c.rawPath));
    // Anything short of exact shows the raw path, so the rep sees what the server named.
    if (error.match == core::MatchKind::Exact)
        EXPECT_EQ(error.message, QStringLiteral("Rejected."));
    else
        EXPECT_TRUE(error.message.contains(QString::fromUtf8(c.rawPath)))
            << error.message.toStdString();
}

TEST_P(RecordMarkerTest, mapErrors_recordMarkerIsRecordLevelWithoutPathNoise)
{
    const core::FieldError error
        = only(core::mapErrors(bodyNaming(GetParam()), 400, mapperRecord()));
    EXPECT_EQ(error.match, core::MatchKind::Record);
    EXPECT_TRUE(error.path.isEmpty());
    EXPECT_EQ(error.message, QStringLiteral("Rejected."));
}

INSTANTIATE_TEST_SUITE_P(Paths, PathResolutionTest, ::testing::ValuesIn(kPaths), pathCaseName);
INSTANTIATE_TEST_SUITE_P(Markers, RecordMarkerTest, ::testing::ValuesIn(kRecordMarkers));

namespace {

// The contract's 406: a date refused, neither named.
QByteArray err805Body()
{
    return test::readData(QStringLiteral("contract/updateLeadOpportunitiesDetails-response-406-406_"
                                         "IncorrectCloseDateNextMilestoneFormat.json"));
}

} // namespace

TEST(ErrorMapperCodes, err801_highlightsPartnerOpportunityId)
{
    const core::MappedErrors mapped = core::mapErrors(
        test::readData(QStringLiteral(
            "contract/createLeadsOpportunities-response-400-400_alreadyExisting.json")),
        400, mapperRecord());
    ASSERT_EQ(landings(mapped),
              QStringList { QStringLiteral("exact:leadOpportunity.partnerLeadOpportunityId") });
    EXPECT_EQ(mapped.errors.first().code, QStringLiteral("ERR801"));
    EXPECT_EQ(mapped.traceId, QStringLiteral("4e58705b1c7d40b78e0d1ab6ac404ac8"));
}

TEST(ErrorMapperCodes, err805_highlightsBothDateFields)
{
    const core::MappedErrors mapped = core::mapErrors(err805Body(), 0, mapperRecord());
    EXPECT_EQ(mapped.status, 406);
    EXPECT_EQ(landings(mapped),
              (QStringList { QStringLiteral("exact:leadOpportunity.closeDate"),
                             QStringLiteral("exact:leadOpportunity.nextMilestoneDate") }));
    for (const core::FieldError &error : mapped.errors)
        EXPECT_EQ(error.code, QStringLiteral("ERR805"));
}

// The 406 names no field: the record it answered tells which date it refused, and only
// that one is lit; a date the exporter sends as ISO 8601 is not.
TEST(ErrorMapperCodes, err805_highlightsOnlyTheDateThatIsNotIso)
{
    const QByteArray body = err805Body();
    QJsonObject lead { { QStringLiteral("closeDate"), QStringLiteral("30.09.2025") },
                       { QStringLiteral("nextMilestoneDate"), QStringLiteral("2025-07-08") } };
    QJsonObject record { { QStringLiteral("leadOpportunity"), lead } };
    EXPECT_EQ(landings(core::mapErrors(body, 406, record)),
              QStringList { QStringLiteral("exact:leadOpportunity.closeDate") });
    lead.insert(QStringLiteral("closeDate"), QStringLiteral("2025-09-30T00:00:00.000Z"));
    lead.insert(QStringLiteral("nextMilestoneDate"), QStringLiteral("next tuesday"));
    record.insert(QStringLiteral("leadOpportunity"), lead);
    EXPECT_EQ(landings(core::mapErrors(body, 406, record)),
              QStringList { QStringLiteral("exact:leadOpportunity.nextMilestoneDate") });
    lead.insert(QStringLiteral("closeDate"), 20250930);
    record.insert(QStringLiteral("leadOpportunity"), lead);
    EXPECT_EQ(landings(core::mapErrors(body, 406, record)).size(), 2)
        << "both look wrong: neither can be told apart";
}

// Both dates look right: the refused one is among those the body carried. A date left blank
// is not sent, so it cannot be the one; with no date at all, either may be.
TEST(ErrorMapperCodes, err805_highlightsOnlyADateTheBodyCarried)
{
    const QByteArray body = err805Body();
    QJsonObject lead { { QStringLiteral("closeDate"), QStringLiteral("2025-09-30T00:00:00.000Z") },
                       { QStringLiteral("nextMilestoneDate"), QString() } };
    QJsonObject record { { QStringLiteral("leadOpportunity"), lead } };
    EXPECT_EQ(landings(core::mapErrors(body, 406, record)),
              QStringList { QStringLiteral("exact:leadOpportunity.closeDate") });
    record.insert(QStringLiteral("leadOpportunity"), QJsonObject());
    EXPECT_EQ(landings(core::mapErrors(body, 406, record)).size(), 2);
}

TEST(ErrorMapperCodes, unknownCodeWithoutPath_staysRecordLevel)
{
    const core::MappedErrors mapped = core::mapErrors(
        R"({"error":{"code":"ERR899","message":"Maintenance."}})", 503, mapperRecord());
    EXPECT_EQ(landings(mapped), QStringList { QStringLiteral("record:") });
    EXPECT_EQ(mapped.errors.first().message, QStringLiteral("Maintenance."));
}

TEST(ErrorMapperResolution, ambiguousName_isShownInTheMessage)
{
    const core::FieldError error = only(core::mapErrors(bodyNaming("email"), 400, mapperRecord()));
    EXPECT_EQ(error.match, core::MatchKind::Record);
    EXPECT_TRUE(error.message.contains(QStringLiteral("email")));
}

TEST(ErrorMapperResolution, outOfRangeRow_showsRawPathInMessage)
{
    const core::FieldError error = only(core::mapErrors(
        R"({"errors":[{"detail":"Unknown line.","pointer":"#/offerLines/7/amount"}]})", 400,
        mapperRecord()));
    EXPECT_EQ(error.path, QStringLiteral("offerLines"));
    EXPECT_EQ(error.match, core::MatchKind::Partial);
    EXPECT_EQ(error.rawPath, QStringLiteral("#/offerLines/7/amount"));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("Unknown line.")));
    EXPECT_TRUE(error.message.contains(QStringLiteral("#/offerLines/7/amount")));
}

TEST(ErrorMapperResolution, rowsAreCheckedAgainstTheGivenRecord)
{
    QJsonObject record = mapperRecord();
    record.remove(QStringLiteral("offerLines"));
    const core::FieldError error
        = only(core::mapErrors(bodyNaming("offerLines[1].amount"), 400, record));
    EXPECT_EQ(error.path, QStringLiteral("offerLines"));
    EXPECT_EQ(error.match, core::MatchKind::Partial);
}

TEST(ErrorPathParser, jsonPointerEscapes_areDecoded)
{
    EXPECT_EQ(core::parseErrorPath(u"#/a~1b/c~0d/~01"),
              (QStringList { QStringLiteral("a/b"), QStringLiteral("c~d"), QStringLiteral("~1") }));
}

TEST(ErrorPathParser, recordNotations_giveNoSegment)
{
    for (const char16_t *text : { u"", u"#", u"$", u"/", u"  " })
        EXPECT_TRUE(core::parseErrorPath(text).isEmpty());
}

TEST(ErrorPathParser, proseWithoutQuotedPath_givesNothing)
{
    EXPECT_TRUE(core::pathInProse(u"Path is wrong, field 'unterminated").isEmpty());
    EXPECT_EQ(core::pathInProse(u"Error. Path \"closeDate\", line 1."),
              QStringLiteral("closeDate"));
}
