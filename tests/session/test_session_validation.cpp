#include "ui/session/editsession.h"

#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <gtest/gtest.h>

using namespace leadopp;
using core::FieldPath;
using core::Section;

namespace {

QJsonObject offerLine(const QString &offer, const QJsonValue &amount)
{
    return { { QStringLiteral("offerNameId"), offer }, { QStringLiteral("amount"), amount } };
}

core::Draft sampleDraft()
{
    core::Draft draft;
    draft.record = QJsonObject {
        { QStringLiteral("dsLeadOpportunityId"), QStringLiteral("LO-1") },
        { QStringLiteral("leadOpportunity"),
          QJsonObject { { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P-1") } } },
        { QStringLiteral("offerLines"),
          QJsonArray { offerLine(QStringLiteral("A"), 1), offerLine(QStringLiteral("B"), 2),
                       offerLine(QStringLiteral("C"), 3) } },
    };
    return draft;
}

bool hasRule(const QList<core::Finding> &findings, const QString &rule)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [&rule](const core::Finding &f) { return f.rule == rule; });
}

QList<core::Finding> sorted(QList<core::Finding> findings)
{
    std::sort(findings.begin(), findings.end(), [](const auto &a, const auto &b) {
        return std::tie(a.path, a.rule, a.message) < std::tie(b.path, b.rule, b.message);
    });
    return findings;
}

core::FieldError serverError(const QString &path, core::MatchKind match, const QString &message)
{
    core::FieldError error;
    error.path = path;
    error.match = match;
    error.message = message;
    error.code = QStringLiteral("ERR1");
    return error;
}

class SessionValidationTest : public ::testing::Test
{
protected:
    core::Document document { sampleDraft() };
    ui::EditSession session { &document };
    void expectCacheMatchesFullValidation()
    {
        EXPECT_EQ(sorted(session.findings()),
                  sorted(core::validateRecord(document.record(), session.exportMode())));
    }
};

} // namespace

TEST_F(SessionValidationTest, setValue_invalidNumber_addsFindingOnThatPathOnly)
{
    QSignalSpy spy(&session, &ui::EditSession::findingsChanged);
    session.setValue(FieldPath::parse(u"offerLines[1].amount"), QStringLiteral("lots"));
    EXPECT_EQ(spy.count(), 1);
    const QList<core::Finding> findings
        = session.findingsAt(QStringLiteral("offerLines[1].amount"));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().severity, core::Severity::Error);
    const QList<ui::FieldIssue> issues = session.issuesAt(QStringLiteral("offerLines[1].amount"));
    ASSERT_EQ(issues.size(), 1);
    EXPECT_EQ(issues.first().kind, ui::IssueKind::Error);
    expectCacheMatchesFullValidation();

    session.setValue(FieldPath::parse(u"offerLines[1].amount"), 5);
    EXPECT_TRUE(session.findingsAt(QStringLiteral("offerLines[1].amount")).isEmpty());
    EXPECT_FALSE(session.hasIssuesAt(QStringLiteral("offerLines[1].amount")));
    expectCacheMatchesFullValidation();
}

TEST_F(SessionValidationTest, setValue_makesTwoRowsEqual_settleFindsTheDuplicate)
{
    session.setValue(FieldPath::parse(u"offerLines[2].offerNameId"), QStringLiteral("A"));
    session.setValue(FieldPath::parse(u"offerLines[2].amount"), 1);
    session.settleValidation();
    EXPECT_TRUE(hasRule(session.findings(), QStringLiteral("duplicate-offer-line")));
    expectCacheMatchesFullValidation();
    session.undoStack()->undo();
    session.settleValidation();
    EXPECT_FALSE(hasRule(session.findings(), QStringLiteral("duplicate-offer-line")));
    expectCacheMatchesFullValidation();
}

TEST_F(SessionValidationTest, duplicateAfterTyping_isFoundByItselfAfterAPause)
{
    QSignalSpy spy(&session, &ui::EditSession::findingsChanged);
    session.setValue(FieldPath::parse(u"offerLines[2].offerNameId"), QStringLiteral("A"));
    session.setValue(FieldPath::parse(u"offerLines[2].amount"), 1);
    EXPECT_TRUE(QTest::qWaitFor(
        [this] { return hasRule(session.findings(), QStringLiteral("duplicate-offer-line")); }));
    expectCacheMatchesFullValidation();
}

TEST_F(SessionValidationTest, rowOperations_revalidateAndShiftFindings)
{
    session.setValue(FieldPath::parse(u"offerLines[2].amount"), QStringLiteral("x"));
    session.removeRow(Section::OfferLines, 0);
    EXPECT_FALSE(session.findingsAt(QStringLiteral("offerLines[1].amount")).isEmpty());
    EXPECT_TRUE(session.findingsAt(QStringLiteral("offerLines[2].amount")).isEmpty());
    expectCacheMatchesFullValidation();
}

TEST_F(SessionValidationTest, setCreateMode_validatesForCreate)
{
    EXPECT_EQ(session.exportMode(), core::ExportMode::Update);
    EXPECT_TRUE(session.findingsAt(QStringLiteral("partnerId")).isEmpty());
    QSignalSpy spy(&session, &ui::EditSession::findingsChanged);
    session.setCreateMode(true);
    EXPECT_EQ(session.exportMode(), core::ExportMode::Create);
    EXPECT_EQ(spy.count(), 1);
    EXPECT_FALSE(session.findingsAt(QStringLiteral("partnerId")).isEmpty());
    expectCacheMatchesFullValidation();
}

TEST_F(SessionValidationTest, serverError_becomesAddressedAfterEditingTheField)
{
    const QString amount = QStringLiteral("offerLines[1].amount");
    document.setRejection(
        core::Rejection { 400, QStringLiteral("t"), {}, {}, "{}" },
        { serverError(amount, core::MatchKind::Exact, QStringLiteral("bad amount")) });
    ASSERT_EQ(session.issuesAt(amount).size(), 1);
    EXPECT_EQ(session.issuesAt(amount).first().kind, ui::IssueKind::Server);
    QSignalSpy spy(&session, &ui::EditSession::issuesChanged);
    session.setValue(FieldPath::parse(amount), 7);
    EXPECT_GE(spy.count(), 1);
    ASSERT_EQ(session.issuesAt(amount).size(), 1);
    EXPECT_EQ(session.issuesAt(amount).first().kind, ui::IssueKind::AddressedServer);
}

TEST_F(SessionValidationTest, allIssues_recordLevelServerErrorsFirstThenFormOrder)
{
    session.setValue(FieldPath::parse(u"offerLines[2].amount"), QStringLiteral("x"));
    document.setRejection(
        core::Rejection { 400, {}, {}, {}, "{}" },
        { serverError(QStringLiteral("offerLines[0].offerNameId"), core::MatchKind::Exact,
                      QStringLiteral("unknown offer")),
          serverError({}, core::MatchKind::Record, QStringLiteral("general failure")),
          serverError(QStringLiteral("leadOpportunity.partnerLeadOpportunityId"),
                      core::MatchKind::Exact, QStringLiteral("taken")) });
    const QList<ui::FieldIssue> issues = session.allIssues();
    ASSERT_EQ(issues.size(), 4);
    EXPECT_EQ(issues.at(0).message, QStringLiteral("general failure"));
    EXPECT_EQ(issues.at(1).path, QStringLiteral("leadOpportunity.partnerLeadOpportunityId"));
    EXPECT_EQ(issues.at(2).path, QStringLiteral("offerLines[0].offerNameId"));
    EXPECT_EQ(issues.at(3).path, QStringLiteral("offerLines[2].amount"));
    EXPECT_EQ(issues.at(3).kind, ui::IssueKind::Error);
}
