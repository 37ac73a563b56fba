// One submission workflow for the window and the command line: the request built once, and
// a result applied to the draft the same way by both.
#include "core/codec/exporter.h"
#include "core/codec/patchbody.h"
#include "core/document/document.h"
#include "net/submissionworkflow.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

core::FieldError fieldError(const char *path, const char *message)
{
    return { QString::fromLatin1(path), core::MatchKind::Exact, QString::fromLatin1(message),
             QString(), QString::fromLatin1(path) };
}

QJsonObject bundledRecord()
{
    return QJsonDocument::fromJson(R"({"dsLeadOpportunityId":"XJSR-DZMFFT",
        "leadOpportunity":{"closeDate":"30.09.2025","currency":"EURO",
                           "nextMilestoneDate":"2025-07-08T09:00:00.000Z"}})")
        .object();
}

net::ApiResult answer(net::ErrorKind kind, int status, QList<core::FieldError> errors)
{
    net::ApiResult result;
    result.kind = kind;
    result.httpStatus = status;
    result.fieldErrors = std::move(errors);
    result.body = "{}";
    return result;
}

// What the window and the command line both do with an answer.
void apply(core::Document &document, const net::ApiRequest &request, const net::ApiResult &result,
           const QString &environment)
{
    net::applyOutcome(document, net::submitOutcome(document, request, result, environment));
}

} // namespace

TEST(SubmissionWorkflow, requestIsAnUpdateOfTheIdOrACreate)
{
    const net::ApiRequest update = net::buildSubmitRequest(
        bundledRecord(), QStringLiteral("XJSR-DZMFFT"), core::ExportMode::Update);
    EXPECT_EQ(update.operation, net::ApiRequest::Update);
    EXPECT_EQ(update.dsLeadOpportunityId, QStringLiteral("XJSR-DZMFFT"));
    EXPECT_EQ(update.body, core::exportBody(bundledRecord(), core::ExportMode::Update));
    EXPECT_EQ(
        net::buildSubmitRequest(bundledRecord(), QString(), core::ExportMode::Update).operation,
        net::ApiRequest::Create);
    EXPECT_EQ(
        net::buildSubmitRequest(bundledRecord(), QStringLiteral("X"), core::ExportMode::Create)
            .operation,
        net::ApiRequest::Create);
}

// An update of a draft with a base sends what changed (core::requestBody); Whole sends the
// record as before partial updates, and a create never depends on the base.
TEST(SubmissionWorkflow, draftUpdateSendsOnlyWhatDiffersFromTheBase)
{
    core::Draft draft;
    draft.record = bundledRecord();
    QJsonObject opportunity = draft.record.value(QLatin1String("leadOpportunity")).toObject();
    opportunity.insert(QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("P-1"));
    draft.record.insert(QStringLiteral("leadOpportunity"), opportunity);
    draft.base.record = draft.record;
    opportunity.insert(QStringLiteral("status"), QStringLiteral("LOST"));
    draft.record.insert(QStringLiteral("leadOpportunity"), opportunity);

    const net::ApiRequest changes = net::buildSubmitRequest(draft, core::ExportMode::Update);
    EXPECT_EQ(changes.operation, net::ApiRequest::Update);
    EXPECT_EQ(changes.dsLeadOpportunityId, QStringLiteral("XJSR-DZMFFT"));
    const QJsonObject sent = QJsonDocument::fromJson(changes.body).object();
    EXPECT_EQ(sent.keys(), QStringList { QStringLiteral("leadOpportunity") });
    EXPECT_EQ(
        sent.value(QLatin1String("leadOpportunity")).toObject().keys(),
        (QStringList { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("status") }));

    const net::ApiRequest whole
        = net::buildSubmitRequest(draft, core::ExportMode::Update, core::PatchScope::Whole);
    EXPECT_EQ(whole.body, core::exportBody(draft.record, core::ExportMode::Update));
    const net::ApiRequest create = net::buildSubmitRequest(draft, core::ExportMode::Create);
    EXPECT_EQ(create.operation, net::ApiRequest::Create);
    EXPECT_EQ(create.body, core::exportBody(draft.record, core::ExportMode::Create));
}

// A 406 is answered before the field rules: the errors of the previous 400 that are still
// open stay, marked, except where the 406 speaks for the field itself.
TEST(SubmissionWorkflow, dateRefusalKeepsThePreviousOpenErrorsMarked)
{
    core::Document document;
    core::Draft draft;
    draft.record = bundledRecord();
    document.setDraft(draft);
    document.setRejection(core::Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") },
                          { fieldError("leadOpportunity.closeDate", "closeDate must be ISO"),
                            fieldError("leadOpportunity.currency", "currency must match") });
    const net::ApiRequest request = net::buildSubmitRequest(
        document.record(), QStringLiteral("XJSR-DZMFFT"), core::ExportMode::Update);
    apply(document, request,
          answer(net::ErrorKind::DateFormat, 406,
                 { fieldError("leadOpportunity.closeDate", "Incorrect date format") }),
          QStringLiteral("Sandbox"));
    ASSERT_EQ(document.serverErrors().size(), 2);
    EXPECT_EQ(document.serverErrors().at(0).message, QStringLiteral("Incorrect date format"));
    const core::FieldError carried = document.serverErrors().at(1);
    EXPECT_EQ(carried.path, QStringLiteral("leadOpportunity.currency"));
    EXPECT_TRUE(net::isFromPreviousAnswer(carried));
    EXPECT_TRUE(carried.message.startsWith(QStringLiteral("currency must match (from the")));
    EXPECT_FALSE(document.isAddressed(1)) << "the refused value is still there";
    EXPECT_EQ(document.draft().submissions.size(), 1);

    // Carried once more by a second 406, not marked twice.
    apply(document, request,
          answer(net::ErrorKind::DateFormat, 406,
                 { fieldError("leadOpportunity.closeDate", "Incorrect date format") }),
          QStringLiteral("Sandbox"));
    ASSERT_EQ(document.serverErrors().size(), 2);
    EXPECT_EQ(document.serverErrors().at(1).message, carried.message);

    // A 400 validated the record: its errors replace everything.
    apply(document, request,
          answer(net::ErrorKind::Rejected, 400, { fieldError("leadOpportunity.name", "required") }),
          QStringLiteral("Sandbox"));
    ASSERT_EQ(document.serverErrors().size(), 1);
    EXPECT_EQ(document.serverErrors().first().path, QStringLiteral("leadOpportunity.name"));
}

TEST(SubmissionWorkflow, addressedErrorsAreNotCarriedAndAcceptanceClears)
{
    core::Document document;
    core::Draft draft;
    draft.record = bundledRecord();
    document.setDraft(draft);
    document.setRejection(core::Rejection { 400, {}, {}, {}, QByteArrayLiteral("{}") },
                          { fieldError("leadOpportunity.currency", "currency must match") });
    document.setValue(core::FieldPath::parse(u"leadOpportunity.currency"), QStringLiteral("EUR"));
    const net::ApiRequest request = net::buildSubmitRequest(
        document.record(), QStringLiteral("XJSR-DZMFFT"), core::ExportMode::Update);
    apply(document, request,
          answer(net::ErrorKind::DateFormat, 406,
                 { fieldError("leadOpportunity.closeDate", "bad date") }),
          QStringLiteral("Sandbox"));
    ASSERT_EQ(document.serverErrors().size(), 1);
    EXPECT_EQ(document.serverErrors().first().path, QStringLiteral("leadOpportunity.closeDate"));
    apply(document, request, answer(net::ErrorKind::Accepted, 200, {}), QStringLiteral("Sandbox"));
    EXPECT_TRUE(document.serverErrors().isEmpty());
    EXPECT_TRUE(document.draft().rejection.isNull());
    EXPECT_EQ(document.draft().submissions.size(), 2);
}

TEST(SubmissionWorkflow, onlyA400OrAnAcceptanceValidatedTheRecord)
{
    EXPECT_TRUE(net::validatedRecord(net::ErrorKind::Rejected));
    EXPECT_TRUE(net::validatedRecord(net::ErrorKind::RejectedNoField));
    EXPECT_TRUE(net::validatedRecord(net::ErrorKind::Accepted));
    EXPECT_FALSE(net::validatedRecord(net::ErrorKind::DateFormat));
    EXPECT_FALSE(net::sandboxKey().isEmpty());
}

// The stored key goes; only the built-in sandbox, which takes any, gets one when none is.
TEST(SubmissionWorkflow, keyToSendFallsBackToTheSandboxKeyForTheSandboxOnly)
{
    net::Environment sandbox;
    sandbox.sandbox = true;
    const net::Environment production;
    EXPECT_EQ(net::keyToSend(sandbox, QStringLiteral("k"), true), QStringLiteral("k"));
    EXPECT_EQ(net::keyToSend(sandbox, QString(), true), net::sandboxKey());
    EXPECT_EQ(net::keyToSend(sandbox, QStringLiteral("k"), false), net::sandboxKey());
    EXPECT_EQ(net::keyToSend(production, QStringLiteral("k"), true), QStringLiteral("k"));
    EXPECT_TRUE(net::keyToSend(production, QString(), true).isEmpty());
}

// After an acceptance the record that was sent is what the server holds: the next update is
// measured against it (edits made while sending are not in it), a refusal leaves the base.
TEST(SubmissionWorkflow, acceptanceMakesTheSentRecordTheBase)
{
    core::Draft draft;
    draft.record = bundledRecord();
    draft.base.record = draft.record;
    core::Document document(draft);
    document.setValue(core::FieldPath::parse(u"leadOpportunity.status"), QStringLiteral("LOST"));
    net::ApiRequest request = net::buildSubmitRequest(document.draft(), core::ExportMode::Update);
    request.environment.id = QStringLiteral("sandbox");
    const QJsonObject sent = document.record();
    document.setValue(core::FieldPath::parse(u"leadOpportunity.status"), QStringLiteral("WON"));

    apply(document, request,
          answer(net::ErrorKind::Rejected, 400, { fieldError("leadOpportunity.name", "required") }),
          QStringLiteral("Sandbox"));
    EXPECT_EQ(document.draft().base.record, draft.record) << "a refusal changes nothing there";

    net::ApiResult accepted = answer(net::ErrorKind::Accepted, 200, {});
    accepted.sentAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    apply(document, request, accepted, QStringLiteral("Sandbox"));
    EXPECT_EQ(document.draft().base.record, sent);
    EXPECT_EQ(document.draft().base.fetchedAt, accepted.sentAt);
    EXPECT_EQ(document.draft().base.environment, QStringLiteral("sandbox"));
    const QJsonObject next
        = QJsonDocument::fromJson(core::requestBody(document.draft(), core::ExportMode::Update))
              .object();
    EXPECT_EQ(
        next.value(QLatin1String("leadOpportunity")).toObject().value(QLatin1String("status")),
        QStringLiteral("WON"));
}

// A create learns its 3DS id from the answer: the new base holds it, like the draft will.
TEST(SubmissionWorkflow, acceptedCreateBaseCarriesTheNewId)
{
    core::Draft draft;
    draft.record = bundledRecord();
    draft.record.remove(QLatin1String("dsLeadOpportunityId"));
    core::Document document(draft);
    const net::ApiRequest request
        = net::buildSubmitRequest(document.draft(), core::ExportMode::Create);
    net::ApiResult accepted = answer(net::ErrorKind::Accepted, 201, {});
    accepted.dsLeadOpportunityId = QStringLiteral("NEW-ID");
    apply(document, request, accepted, QStringLiteral("Sandbox"));
    EXPECT_EQ(document.draft().base.record.value(QLatin1String("dsLeadOpportunityId")),
              QStringLiteral("NEW-ID"));
    EXPECT_EQ(document.draft().base.record.value(QLatin1String("leadOpportunity")),
              draft.record.value(QLatin1String("leadOpportunity")));
}
