// `leadopp get`, `search`, `diff`, `export --id` and `--full`: the real binary against the
// in-process sandbox and its seeded leads.
#include "testsupport.h"

#include "core/codec/documentreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <functional>
#include <gtest/gtest.h>

using namespace leadopp;
using namespace leadopp::test;

namespace {

const QString kKessler = QStringLiteral("XJSR-DZMFFT");

// "get XJSR-DZMFFT --env sandbox" as arguments.
QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

class CliPartial : public ::testing::Test
{
protected:
    LeadoppRun run(const QStringList &arguments)
    {
        return runLeadopp(arguments, isolatedEnvironment(home.path()));
    }

    QString path(const char *name) const { return home.filePath(QString::fromLatin1(name)); }

    /// The seeded Kessler lead fetched into a draft file; its status changed to `status`
    /// when given.
    QString fetched(const QString &status = {})
    {
        const QString file = path("kessler.leadopp.json");
        const LeadoppRun got = run(words("get XJSR-DZMFFT --env sandbox -o") << file);
        EXPECT_EQ(got.exitCode, 0) << got.err.toStdString();
        if (!status.isEmpty())
            editLead(file, [&status](QJsonObject &lead) { lead[u"status"] = status; });
        return file;
    }

    /// Changes the draft file's leadOpportunity through `edit`, as a rep's editor would.
    static void editLead(const QString &file, const std::function<void(QJsonObject &)> &edit)
    {
        QFile draft(file);
        ASSERT_TRUE(draft.open(QIODevice::ReadOnly));
        QJsonObject envelope = parseObject(draft.readAll());
        draft.close();
        QJsonObject record = envelope[u"record"].toObject();
        QJsonObject lead = record[u"leadOpportunity"].toObject();
        edit(lead);
        record[u"leadOpportunity"] = lead;
        envelope[u"record"] = record;
        ASSERT_TRUE(draft.open(QIODevice::WriteOnly | QIODevice::Truncate));
        draft.write(QJsonDocument(envelope).toJson());
    }

    QTemporaryDir home;
};

QString contract(const char *name)
{
    return dataPath(QStringLiteral("contract/") + QString::fromLatin1(name));
}

} // namespace

TEST_F(CliPartial, get_writesADraftBasedOnTheServerCopy)
{
    const core::ReadResult read = core::readDocumentFile(fetched());
    ASSERT_TRUE(read.ok) << read.error.toStdString();
    EXPECT_EQ(read.shape, core::InputShape::Draft);
    EXPECT_EQ(read.draft.dsLeadOpportunityId(), kKessler);
    EXPECT_EQ(read.draft.base.record, read.draft.record);
    EXPECT_EQ(read.draft.base.environment, QStringLiteral("sandbox"));
    EXPECT_TRUE(read.draft.base.fetchedAt.isValid());
}

TEST_F(CliPartial, get_unknownIdIsAServerFailureAndWritesNothing)
{
    const LeadoppRun got = run(words("get ZZZZ-000000 --env sandbox -o") << path("none.json"));
    EXPECT_EQ(got.exitCode, 3);
    EXPECT_FALSE(QFile::exists(path("none.json")));
    // The failure is said on stderr: stdout carries a draft or nothing.
    const LeadoppRun toStdout = run(words("get ZZZZ-000000 --env sandbox"));
    EXPECT_TRUE(toStdout.out.isEmpty()) << toStdout.out.toStdString();
    EXPECT_TRUE(toStdout.err.contains("ERROR_048")) << toStdout.err.toStdString();
    EXPECT_EQ(run(words("get XJSR-DZMFFT")).exitCode, 2); // no --env
}

TEST_F(CliPartial, diff_listsTheChangedFieldByLabel)
{
    EXPECT_EQ(run(words("diff") << fetched()).exitCode, 0);
    const LeadoppRun diff = run(words("diff") << fetched(QStringLiteral("LOST")));
    EXPECT_EQ(diff.exitCode, 1);
    EXPECT_EQ(diff.out, QByteArray("Status: QUALIFIED → LOST\n"));
    const QJsonObject json
        = parseObject(run(words("diff --json") << fetched(QStringLiteral("LOST"))).out);
    EXPECT_EQ(json[u"changes"][0][u"path"].toString(), QStringLiteral("leadOpportunity.status"));
    EXPECT_EQ(json[u"changes"].toArray().size(), 1);
}

TEST_F(CliPartial, export_sendsTheIdAndTheChangeOnly_fullSendsEverything)
{
    const QString file = fetched(QStringLiteral("LOST"));
    const LeadoppRun partial = run(words("export") << file);
    EXPECT_EQ(partial.exitCode, 0) << partial.err.toStdString();
    EXPECT_EQ(parseObject(partial.out), parseObject(R"({"leadOpportunity":
        {"partnerLeadOpportunityId": "CRM-LEAD-1234", "status": "LOST"}})"));
    const QJsonObject full = parseObject(run(words("export --full") << file).out);
    for (const char *section : { "offerLines", "customerLegalEntity", "customerContacts" })
        EXPECT_TRUE(full.contains(QLatin1String(section))) << section;
    EXPECT_EQ(full[u"leadOpportunity"][u"status"].toString(), QStringLiteral("LOST"));
}

TEST_F(CliPartial, exportId_turnsAPatchExampleIntoItsPatchBody)
{
    const QString example
        = contract("updateLeadOpportunitiesDetails-request-updateLeadStatus.json");
    const LeadoppRun patch = run(words("export --id XJSR-DZMFFT") << example);
    EXPECT_EQ(patch.exitCode, 0) << patch.err.toStdString();
    EXPECT_EQ(parseObject(patch.out),
              parseObject(readData(QStringLiteral(
                  "contract/updateLeadOpportunitiesDetails-request-updateLeadStatus.json"))));
    const QJsonObject create = parseObject(run(words("export") << example).out);
    EXPECT_TRUE(create.contains(QLatin1String("customerLegalEntity"))); // still a POST body
    EXPECT_EQ(run(words("export --create --id XJSR-DZMFFT") << example).exitCode, 2);
}

TEST_F(CliPartial, submit_sendsTheChangeAndRecordsTheNewBase)
{
    const QString file = fetched(QStringLiteral("LOST"));
    const LeadoppRun sent = run(words("submit --env sandbox --record") << file);
    ASSERT_EQ(sent.exitCode, 0) << sent.out.toStdString() << sent.err.toStdString();
    const core::Draft draft = core::readDocumentFile(file).draft;
    ASSERT_EQ(draft.submissions.size(), 1);
    EXPECT_EQ(parseObject(draft.submissions.first().requestBody), parseObject(R"({"leadOpportunity":
                  {"partnerLeadOpportunityId": "CRM-LEAD-1234", "status": "LOST"}})"));
    EXPECT_EQ(draft.base.record, draft.record);
    EXPECT_EQ(run(words("diff") << file).exitCode, 0);

    const LeadoppRun whole
        = run(words("submit --env sandbox --record --full") << fetched(QStringLiteral("LOST")));
    ASSERT_EQ(whole.exitCode, 0) << whole.out.toStdString();
    const QJsonObject body
        = parseObject(core::readDocumentFile(file).draft.submissions.first().requestBody);
    EXPECT_TRUE(body.contains(QLatin1String("offerLines")));
}

// A cleared date cannot travel in an update (the API refuses an empty one): submit says so
// before sending, the new server copy keeps the date, and diff goes on listing it as unsent.
TEST_F(CliPartial, submit_clearedDateIsSaidUnsentAndStaysInTheServerCopy)
{
    const QString file = fetched(QStringLiteral("LOST"));
    QJsonValue closeDate;
    editLead(file, [&closeDate](QJsonObject &lead) { closeDate = lead.take(u"closeDate"); });
    ASSERT_TRUE(closeDate.isString());

    const LeadoppRun sent = run(words("submit --env sandbox --record") << file);
    ASSERT_EQ(sent.exitCode, 0) << sent.out.toStdString() << sent.err.toStdString();
    EXPECT_TRUE(sent.err.contains("Not sent")) << sent.err.toStdString();
    EXPECT_TRUE(sent.err.contains("Close date")) << sent.err.toStdString();
    const core::Draft draft = core::readDocumentFile(file).draft;
    EXPECT_EQ(draft.base.record[u"leadOpportunity"][u"closeDate"], closeDate);
    EXPECT_EQ(draft.base.record[u"leadOpportunity"][u"status"].toString(), QStringLiteral("LOST"));

    const LeadoppRun diff = run(words("diff") << file);
    EXPECT_EQ(diff.exitCode, 1);
    EXPECT_TRUE(diff.out.startsWith("Close date: ")) << diff.out.toStdString();
    EXPECT_TRUE(diff.out.contains("(not sent: an update cannot clear it)"))
        << diff.out.toStdString();
    const QJsonObject json = parseObject(run(words("diff --json") << file).out);
    ASSERT_EQ(json[u"changes"].toArray().size(), 1) << diff.out.toStdString();
    EXPECT_FALSE(json[u"changes"][0][u"sent"].toBool(true));
}

TEST_F(CliPartial, search_byWindowSplitsIntoWeeksAndByPartnerId)
{
    const LeadoppRun window
        = run(words("search --modified-since 2025-07-20 --until 2025-08-10 --env sandbox --json"));
    ASSERT_EQ(window.exitCode, 0) << window.err.toStdString();
    const QJsonObject found = parseObject(window.out);
    EXPECT_EQ(found[u"searches"].toInt(), 4) << "20 July to the end of 10 August: 22 days";
    EXPECT_EQ(found[u"ids"].toArray().size(), 4);
    EXPECT_TRUE(found[u"ids"].toArray().contains(kKessler));

    const LeadoppRun byId = run(words("search --partner-id OPPY-12345 --env sandbox"));
    EXPECT_EQ(byId.exitCode, 0);
    EXPECT_EQ(byId.out, QByteArray("HCRQ-F1LLDE\n"));

    EXPECT_EQ(run(words("search --env sandbox")).exitCode, 2);
    EXPECT_EQ(run(words("search --modified-since yesterday --env sandbox")).exitCode, 2);
}
