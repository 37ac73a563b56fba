// A record validated beside the window being built: the thread that asks for the findings
// takes part in the validation instead of waiting, and gets what validating the record in
// one go gives, in the mode a new session would choose.
#include "core/codec/documentreader.h"
#include "core/validation/validator.h"
#include "testsupport.h"
#include "ui/window/recordvalidation.h"

#include <QJsonArray>
#include <gtest/gtest.h>
#include <thread>

using namespace leadopp;

namespace {

// The rejected draft with its offer lines many times over (each repeat a duplicate finding)
// and a text holding a NUL character (a finding only the text check makes).
QJsonObject bigRejectedRecord()
{
    const core::ReadResult read = core::readDocumentFile(
        test::dataPath(QStringLiteral("drafts/rejected-submission.leadopp.json")));
    EXPECT_TRUE(read.ok);
    QJsonObject record = read.draft.record;
    const QJsonArray lines = record.value(QLatin1String("offerLines")).toArray();
    QJsonArray many;
    while (many.size() < 700)
        for (const QJsonValue &line : lines)
            many.append(line);
    record.insert(QStringLiteral("offerLines"), many);
    record.insert(QStringLiteral("note"), QString(QStringLiteral("a") + QChar(0)));
    return record;
}

ui::RecordValidation inOneGo(const QJsonObject &record)
{
    const core::ExportMode mode = core::defaultExportMode(record);
    return { core::validateRecord(record, mode), mode };
}

void expectSame(const ui::RecordValidation &found, const ui::RecordValidation &expected)
{
    EXPECT_EQ(found.mode, expected.mode);
    EXPECT_EQ(found.findings, expected.findings);
}

} // namespace

TEST(RecordValidation, theThreadAskingTakesPartAndGetsTheFindingsOfOneRun)
{
    const QJsonObject record = bigRejectedRecord();
    const ui::RecordValidation expected = inOneGo(record);
    ASSERT_GT(expected.findings.size(), 700);
    const ui::PendingValidation pending = ui::validateAside(record);
    ASSERT_TRUE(pending.valid());
    expectSame(pending.get(), expected);
    expectSame(pending.get(), expected); // asked again: the same findings
    const ui::PendingValidation copy = pending;
    expectSame(copy.get(), expected);
}

TEST(RecordValidation, twoThreadsAskingAtOnceGetTheSameFindings)
{
    const QJsonObject record = bigRejectedRecord();
    const ui::RecordValidation expected = inOneGo(record);
    const ui::PendingValidation pending = ui::validateAside(record);
    ui::RecordValidation other;
    std::thread asking([&pending, &other] { other = pending.get(); });
    const ui::RecordValidation here = pending.get();
    asking.join();
    expectSame(here, expected);
    expectSame(other, expected);
}

TEST(RecordValidation, theReadersWordSparesTheTextCheckOfItsRecordOnly)
{
    const QJsonObject record = bigRejectedRecord();
    const auto vouched = core::CleanTextProof::vouchFor(record);
    const QList<core::Finding> all = ui::validateAside(record).get().findings;
    const QList<core::Finding> spared = ui::validateAside(record, vouched).get().findings;
    EXPECT_EQ(spared.size(), all.size() - 1);
    const auto rules = [](const QList<core::Finding> &findings) {
        QStringList names;
        for (const core::Finding &finding : findings)
            names.append(finding.rule);
        return names;
    };
    EXPECT_TRUE(rules(all).contains(QLatin1String("nul-character")));
    EXPECT_FALSE(rules(spared).contains(QLatin1String("nul-character")));
}

TEST(RecordValidation, aValidationNobodyAsksForEndsWithItsLastCopy)
{
    for (int run = 0; run < 20; ++run) {
        const ui::PendingValidation dropped = ui::validateAside(bigRejectedRecord());
        EXPECT_TRUE(dropped.valid());
    }
    EXPECT_FALSE(ui::PendingValidation().valid());
}

TEST(RecordValidation, findingsPromisedElsewhereAreGivenAsPromised)
{
    const QJsonObject record = bigRejectedRecord();
    std::promise<ui::RecordValidation> promise;
    const ui::PendingValidation pending(promise.get_future().share());
    EXPECT_TRUE(pending.valid());
    promise.set_value(inOneGo(record));
    expectSame(pending.get(), inOneGo(record));
}
