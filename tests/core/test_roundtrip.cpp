#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace leadopp::core;
using leadopp::test::readData;

namespace {

// One golden case: an input file, the draft bytes and export bytes it must give.
struct Golden {
    const char *input; ///< under tests/data
    const char *name;  ///< golden/<name>.draft.json and golden/<name>.export.json
    ExportMode mode;
    InputShape shape;
};

const Golden kGoldens[] = {
    { "contract/updateLeadOpportunitiesDetails-request-updateLeadStatus.json", "update-lead-status",
      ExportMode::Update, InputShape::RequestBody },
    { "contract/updateLeadOpportunitiesDetails-request-updateLeadNextMilestone.json",
      "update-lead-next-milestone", ExportMode::Update, InputShape::RequestBody },
    { "contract/createLeadsOpportunities-request-createLeadBasic.json", "create-lead-basic",
      ExportMode::Create, InputShape::RequestBody },
    { "contract/createLeadsOpportunities-request-createOpportunityBasic.json",
      "create-opportunity-basic", ExportMode::Create, InputShape::RequestBody },
    { "contract/"
      "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json",
      "rejected-400-echo", ExportMode::Update, InputShape::RejectedResponse },
    { "contract/getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json",
      "get-200-response", ExportMode::Update, InputShape::GetResponse },
    { "golden/unknown-members.input.json", "unknown-members", ExportMode::Update,
      InputShape::Draft },
};

void PrintTo(const Golden &golden, std::ostream *out)
{
    *out << golden.name;
}

class GoldenRoundTrip : public testing::TestWithParam<Golden>
{
protected:
    QByteArray golden(const char *suffix) const
    {
        return readData(QStringLiteral("golden/") + QLatin1String(GetParam().name)
                        + QLatin1String(suffix));
    }
    ReadResult input() const { return readDocument(readData(QString::fromUtf8(GetParam().input))); }
};

} // namespace

TEST_P(GoldenRoundTrip, inputGivesTheGoldenDraftBytes)
{
    const ReadResult result = input();
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.shape, GetParam().shape);
    EXPECT_EQ(writeDraft(result.draft), golden(".draft.json"));
}

TEST_P(GoldenRoundTrip, goldenDraftReadsBackToTheSameDraftAndBytes)
{
    const ReadResult fromDraft = readDocument(golden(".draft.json"));
    ASSERT_TRUE(fromDraft.ok) << fromDraft.error.toStdString();
    EXPECT_EQ(fromDraft.shape, InputShape::Draft);
    EXPECT_TRUE(fromDraft.draft == input().draft);
    EXPECT_EQ(writeDraft(fromDraft.draft), golden(".draft.json"));
}

TEST_P(GoldenRoundTrip, inputAndDraftGiveTheGoldenExportBytes)
{
    EXPECT_EQ(exportBody(input().draft.record, GetParam().mode), golden(".export.json"));
    const ReadResult fromDraft = readDocument(golden(".draft.json"));
    EXPECT_EQ(exportBody(fromDraft.draft.record, GetParam().mode), golden(".export.json"));
}

TEST_P(GoldenRoundTrip, exportReadsBackAsARequestBodyThatExportsIdentically)
{
    const ReadResult body = readDocument(golden(".export.json"));
    ASSERT_TRUE(body.ok) << body.error.toStdString();
    EXPECT_EQ(body.shape, InputShape::RequestBody);
    EXPECT_EQ(exportBody(body.draft.record, GetParam().mode), golden(".export.json"));
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenRoundTrip, testing::ValuesIn(kGoldens),
                         [](const testing::TestParamInfo<Golden> &param) {
                             std::string name = param.param.name;
                             for (char &c : name) {
                                 if (c == '-')
                                     c = '_';
                             }
                             return name;
                         });

TEST(ExampleDrafts, rejectedSubmission_carriesItsRejectionAndHistory)
{
    const QByteArray bytes = readData(QStringLiteral("drafts/rejected-submission.leadopp.json"));
    const ReadResult result = readDocument(bytes);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.shape, InputShape::Draft);
    EXPECT_EQ(writeDraft(result.draft), bytes);
    EXPECT_EQ(result.draft.rejection.status, 400);
    EXPECT_EQ(result.draft.rejection.traceId.size(), 32);
    EXPECT_EQ(result.draft.submissions.size(), 1);
    const ReadResult response = readDocument(result.draft.rejection.body);
    ASSERT_TRUE(response.ok) << response.error.toStdString();
    EXPECT_EQ(response.shape, InputShape::RejectedResponse);
    EXPECT_EQ(response.draft.rejection.traceId, result.draft.rejection.traceId);
    // The server's echo holds the submitted sections, but not partnerId (as in the seed).
    QJsonObject submitted = exportObject(result.draft.record, ExportMode::Update);
    submitted.remove(QStringLiteral("partnerId"));
    EXPECT_EQ(exportObject(response.draft.record, ExportMode::Update), submitted);
    EXPECT_EQ(defaultExportMode(result.draft.record), ExportMode::Update);
}

TEST(ExampleDrafts, cleanDraft_isANewLeadWithoutRejection)
{
    const QByteArray bytes = readData(QStringLiteral("drafts/clean-new-lead.leadopp.json"));
    const ReadResult result = readDocument(bytes);
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(writeDraft(result.draft), bytes);
    EXPECT_TRUE(result.draft.rejection.isNull());
    EXPECT_EQ(defaultExportMode(result.draft.record), ExportMode::Create);
}
