#include "ui/models/errorlistmodel.h"
#include "ui/models/historymodel.h"
#include "ui/session/editsession.h"

#include "strictmodeltester.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leadopp;
using core::FieldPath;
using core::Section;
using Model = ui::ErrorListModel;

namespace {

core::Draft sampleDraft()
{
    core::Draft draft;
    draft.record = QJsonObject {
        { QStringLiteral("dsLeadOpportunityId"), QStringLiteral("LO-1") },
        { QStringLiteral("leadOpportunity"),
          QJsonObject { { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P-1") } } },
        { QStringLiteral("offerLines"),
          QJsonArray { QJsonObject { { QStringLiteral("offerNameId"), QStringLiteral("A") } },
                       QJsonObject { { QStringLiteral("amount"), QStringLiteral("lots") } } } },
    };
    return draft;
}

core::FieldError serverError(const QString &path, core::MatchKind match, const QString &message)
{
    return { path, match, message, QStringLiteral("ERR9"), path.isEmpty() ? QString() : path };
}

class ErrorListTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        document.setRejection(
            core::Rejection { 400, {}, {}, {}, "{}" },
            { serverError(QStringLiteral("leadOpportunity.name"), core::MatchKind::Exact,
                          QStringLiteral("name refused")),
              serverError({}, core::MatchKind::Record, QStringLiteral("request refused")) });
    }

    int rowOf(const QString &path, ui::IssueKind kind)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(Model::PathRole).toString() == path
                && index.data(Model::IssueKindRole).toInt() == int(kind))
                return row;
        }
        return -1;
    }

    core::Document document { sampleDraft() };
    ui::EditSession session { &document };
    Model model { &session };
    test::StrictModelTester tester { &model };
};

} // namespace

TEST_F(ErrorListTest, rows_recordServerErrorFirstThenFormOrder)
{
    ASSERT_GE(model.rowCount(), 4);
    EXPECT_EQ(model.index(0, Model::MessageColumn).data().toString(),
              QStringLiteral("request refused"));
    EXPECT_TRUE(model.pathAt(0).isRecord());
    EXPECT_EQ(model.index(0, 0).data(Model::SourceRole).toInt(), int(Model::Source::Server));
    const int name = rowOf(QStringLiteral("leadOpportunity.name"), ui::IssueKind::Server);
    const int offer = rowOf(QStringLiteral("offerLines[1].offerNameId"), ui::IssueKind::Error);
    const int amount = rowOf(QStringLiteral("offerLines[1].amount"), ui::IssueKind::Error);
    ASSERT_GT(name, 0);
    ASSERT_GT(offer, 0);
    ASSERT_GT(amount, 0);
    EXPECT_LT(name, offer);
    EXPECT_LT(offer, amount);
    EXPECT_EQ(model.pathAt(amount).toString(), QStringLiteral("offerLines[1].amount"));
    EXPECT_EQ(model.index(amount, Model::FieldColumn).data().toString(),
              core::FieldCatalogue::labelForPath(u"offerLines[1].amount"));
    EXPECT_EQ(model.index(amount, 0).data(Model::SourceRole).toInt(), int(Model::Source::Client));
}

TEST_F(ErrorListTest, editingAFlaggedField_marksTheServerErrorAddressed)
{
    const int before = model.errorCount();
    const int row = rowOf(QStringLiteral("leadOpportunity.name"), ui::IssueKind::Server);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(model.index(row, 0).data(Model::AddressedRole).toBool());
    QSignalSpy counts(&model, &Model::countsChanged);
    session.setValue(FieldPath::parse(u"leadOpportunity.name"), QStringLiteral("Fixed"));
    EXPECT_GE(counts.count(), 1);
    const int addressed
        = rowOf(QStringLiteral("leadOpportunity.name"), ui::IssueKind::AddressedServer);
    ASSERT_GE(addressed, 0);
    EXPECT_TRUE(model.index(addressed, 0).data(Model::AddressedRole).toBool());
    EXPECT_TRUE(model.index(addressed, Model::MessageColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("addressed")));
    EXPECT_TRUE(model.index(addressed, 0).data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.errorCount(), before - 1);
}

// Every row the list shows against the session's issues, in order.
void expectTheSessionsIssues(const Model &model, const ui::EditSession &session)
{
    const QList<ui::FieldIssue> issues = session.allIssues();
    ASSERT_EQ(model.rowCount(), issues.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(model.issueAt(row).path, issues.at(row).path) << row;
        EXPECT_EQ(model.issueAt(row).message, issues.at(row).message) << row;
        EXPECT_EQ(int(model.issueAt(row).kind), int(issues.at(row).kind)) << row;
    }
}

// An edit raises, clears or rewords one problem: the list inserts, removes or updates that
// row and keeps the others, and the rep's place in the list with them.
TEST_F(ErrorListTest, anEditChangesTheRowsOfItsProblemsOnly)
{
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const QPersistentModelIndex record = model.index(0, Model::MessageColumn);
    session.setValue(FieldPath::parse(u"offerLines[0].amount"), QStringLiteral("12,5"));
    ASSERT_EQ(inserted.count(), 1);
    const int raised = inserted.at(0).at(1).toInt();
    EXPECT_EQ(inserted.at(0).at(2).toInt(), raised);
    EXPECT_EQ(model.issueAt(raised).path, QStringLiteral("offerLines[0].amount"));
    session.setValue(FieldPath::parse(u"offerLines[0].amount"), 12.5);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), raised);
    EXPECT_EQ(removed.at(0).at(2).toInt(), raised);
    EXPECT_EQ(resets.count(), 0);
    EXPECT_TRUE(record.isValid());
    EXPECT_EQ(record.data().toString(), QStringLiteral("request refused"));
    expectTheSessionsIssues(model, session);
}

// Row commands renumber the problems after the row; whatever changes, the rows the list
// shows are the session's issues, and the model tester finds every announcement sound.
TEST_F(ErrorListTest, rowCommandsAndUndoKeepTheListEqualToTheSessionsIssues)
{
    const auto lines = Section::OfferLines;
    session.insertRow(lines, 0, QJsonObject { { QStringLiteral("amount"), QStringLiteral("x") } });
    expectTheSessionsIssues(model, session);
    session.moveRow(lines, 0, 2);
    expectTheSessionsIssues(model, session);
    session.removeRow(lines, 1);
    expectTheSessionsIssues(model, session);
    document.clearRejection();
    expectTheSessionsIssues(model, session);
    while (session.undoStack()->canUndo()) {
        session.undoStack()->undo();
        expectTheSessionsIssues(model, session);
    }
}

TEST_F(ErrorListTest, countForSection_countsUnaddressedIssuesPerSection)
{
    EXPECT_EQ(model.countForSection(Section::Record), 1);
    EXPECT_EQ(model.countForSection(Section::Opportunity), 1);
    EXPECT_EQ(model.countForSection(Section::OfferLines), 2);
    EXPECT_EQ(model.countForSection(Section::CustomerContacts), 0);
    session.setValue(FieldPath::parse(u"offerLines[1].amount"), 3);
    EXPECT_EQ(model.countForSection(Section::OfferLines), 1);
    session.setValue(FieldPath::parse(u"leadOpportunity.name"), QStringLiteral("x"));
    EXPECT_EQ(model.countForSection(Section::Opportunity), 0);
}

TEST_F(ErrorListTest, countsForSection_filesTheRecordsOwnFieldsWithTheOpportunityTab)
{
    const int recordLevel = model.countForSection(Section::Record);
    session.setCreateMode(true); // a create needs the partner id, which the draft lacks
    ASSERT_GE(rowOf(QStringLiteral("partnerId"), ui::IssueKind::Error), 0);
    int onOpportunityForm = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString path = model.index(row, 0).data(Model::PathRole).toString();
        if (path == QLatin1String("partnerId") || path.startsWith(u"leadOpportunity."))
            onOpportunityForm += model.index(row, 0).data(Model::AddressedRole).toBool() ? 0 : 1;
    }
    const Model::SectionCounts counts = model.countsForSection(Section::Opportunity);
    EXPECT_EQ(counts.errors + counts.warnings, onOpportunityForm);
    EXPECT_EQ(model.countForSection(Section::Opportunity), onOpportunityForm);
    EXPECT_EQ(model.countForSection(Section::Record), recordLevel);
}

TEST_F(ErrorListTest, history_listsAttemptsAndAppendsRows)
{
    ui::HistoryModel history(&document);
    QAbstractItemModelTester historyTester(&history,
                                           QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(history.rowCount(), 0);
    core::SubmissionAttempt attempt;
    attempt.time = QDateTime::currentDateTimeUtc();
    attempt.environment = QStringLiteral("sandbox");
    attempt.operation = QStringLiteral("update");
    attempt.status = 400;
    attempt.outcome = QStringLiteral("rejected");
    attempt.traceId = QStringLiteral("trace-1");
    attempt.requestBody = "{\"a\":1}";
    attempt.responseBody = "{\"b\":2}";
    QSignalSpy inserted(&history, &QAbstractItemModel::rowsInserted);
    document.appendSubmission(attempt);
    attempt.status = 0;
    attempt.outcome = QStringLiteral("timeout");
    document.appendSubmission(attempt);
    EXPECT_EQ(inserted.count(), 2);
    ASSERT_EQ(history.rowCount(), 2);
    EXPECT_EQ(history.index(0, ui::HistoryModel::StatusColumn).data().toString(),
              QStringLiteral("400"));
    EXPECT_EQ(history.index(0, ui::HistoryModel::TraceIdColumn).data().toString(),
              QStringLiteral("trace-1"));
    EXPECT_EQ(history.index(1, ui::HistoryModel::OutcomeColumn).data().toString(),
              QStringLiteral("Timed out")); // recorded "timeout", said in words
    EXPECT_EQ(history.requestBodyAt(1), QByteArray("{\"a\":1}"));
    EXPECT_EQ(history.responseBodyAt(0), QByteArray("{\"b\":2}"));
    EXPECT_TRUE(history.requestBodyAt(5).isEmpty());
    document.setDraft(sampleDraft());
    EXPECT_EQ(history.rowCount(), 0);
}
