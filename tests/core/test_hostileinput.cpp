#include "core/codec/documentreader.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace leadopp::core;
using leadopp::test::dataPath;
using leadopp::test::readData;

namespace {

// One translated sentence: no line break, ends with a full stop.
void expectOneSentence(const ReadResult &result, const std::string &what)
{
    EXPECT_FALSE(result.ok) << what;
    EXPECT_FALSE(result.error.isEmpty()) << what;
    EXPECT_FALSE(result.error.contains(u'\n')) << what << ": " << result.error.toStdString();
    EXPECT_TRUE(result.error.endsWith(u'.')) << what << ": " << result.error.toStdString();
}

struct HostileFile {
    const char *file;     ///< under tests/data/hostile
    const char *sentence; ///< the error must contain this
};

const HostileFile kFiles[] = {
    { "empty.json", "The file is empty." },
    { "malformed-double-comma.json", "Line 3, column 17: " },
    { "truncated.json", "Line 2, column 1: " },
    { "latin1-not-utf8.json",
      "Line 1, column 32: the file is not UTF-8 text (invalid byte 0xfc)." },
    { "utf16-bom.json", "Line 1, column 1: the file is not UTF-8 text (invalid byte 0xff)." },
    { "top-level-array.json", "The file holds a JSON array, not a lead opportunity object." },
    { "top-level-number.json",
      "The file holds a single JSON number, not a lead opportunity object." },
    { "top-level-string.json",
      "The file holds a single JSON text, not a lead opportunity object." },
    { "section-offerlines-number.json",
      "The section “offerLines” must be a JSON array of objects, but it is a number." },
    { "section-leadopportunity-array.json",
      "The section “leadOpportunity” must be a JSON object, but it is an array." },
    { "section-row-not-object.json",
      "Row 1 of the section “customerContacts” must be a JSON object, but it is a text." },
    { "get-leadopportunity-text.json",
      "The section “leadOpportunity” must be a JSON object, but it is a text." },
};

void PrintTo(const HostileFile &file, std::ostream *out)
{
    *out << file.file;
}

class HostileFiles : public testing::TestWithParam<HostileFile>
{
};

ReadResult readBytes(const char *bytes, qsizetype size = -1)
{
    return readDocument(size < 0 ? QByteArray(bytes) : QByteArray(bytes, size));
}

} // namespace

TEST_P(HostileFiles, giveOneClearSentence)
{
    const QString path = dataPath(QStringLiteral("hostile/") + QLatin1String(GetParam().file));
    const ReadResult result = readDocumentFile(path);
    expectOneSentence(result, GetParam().file);
    EXPECT_TRUE(result.error.contains(QString::fromUtf8(GetParam().sentence)))
        << GetParam().file << ": " << result.error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Files, HostileFiles, testing::ValuesIn(kFiles));

TEST(HostileInput, inlineBytes_eachGiveOneSentence)
{
    const std::pair<QByteArray, const char *> cases[] = {
        { QByteArray("   \n\t "), "The file is empty." },
        { QByteArray("true"), "single JSON value" },
        { QByteArray("null"), "single JSON value" },
        { QByteArray("-5"), "single JSON number" },
        { QByteArray("{\"leadOpportunity\":{}}\0garbage", 30), "Line 1, column 23: " },
        { QByteArray("{\"a\":\"\xED\xA0\x80\"}"), "not UTF-8 text (invalid byte 0xed)" },
        { QByteArray("{\"a\":\"\xC0\xAF\"}"), "not UTF-8 text (invalid byte 0xc0)" },
        { QByteArray("{\"a\":\"\xF4\x90\x80\x80\"}"), "not UTF-8 text (invalid byte 0xf4)" },
        { QByteArray("{\"a\":\"\xE2\x82\"}"), "not UTF-8 text" },
        { QByteArray("\xEF\xBB\xBF"), "The file is empty." },
        { QByteArray(100000, '['), "JSON array" },
        { QByteArray("{\"a\":") + QByteArray(100000, '['), "Line 1, column" },
        { QByteArray("{\"leadOpportunity\":{}, \"partnerContacts\": {}}"),
          "“partnerContacts” must be a JSON array" },
        { QByteArray("{\"leadOpportunity\":{}, \"customerLegalEntity\": \"ACME\"}"),
          "“customerLegalEntity” must be a JSON object" },
        { QByteArray("{\"leadOpportunity\":{}, \"offerLines\": [{}, null]}"),
          "Row 2 of the section “offerLines”" },
        { QByteArray("{\"format\":\"leadopp-draft\",\"version\":1,\"record\":{\"offerLines\":{}}}"),
          "“offerLines” must be" },
    };
    for (const auto &[bytes, sentence] : cases) {
        const ReadResult result = readDocument(bytes);
        const std::string what = bytes.left(40).toStdString();
        expectOneSentence(result, what);
        EXPECT_TRUE(result.error.contains(QString::fromUtf8(sentence)))
            << what << ": " << result.error.toStdString();
    }
}

TEST(HostileInput, bomPrefixedFile_isAccepted)
{
    const ReadResult result
        = readDocumentFile(dataPath(QStringLiteral("hostile/bom-request-body.json")));
    ASSERT_TRUE(result.ok) << result.error.toStdString();
    EXPECT_EQ(result.draft.record.value(QLatin1String("leadOpportunity"))
                  .toObject()
                  .value(QLatin1String("name")),
              QJsonValue(QStringLiteral("with BOM")));
}

TEST(HostileInput, malformedJson_columnCountsCharactersNotBytes)
{
    const ReadResult result = readBytes("{\n \"name\": \"Müller\" \"x\"}");
    expectOneSentence(result, "umlaut");
    EXPECT_TRUE(result.error.startsWith(QStringLiteral("Line 2, column 19: ")))
        << result.error.toStdString();
}

TEST(HostileInput, missingFile_namesTheFile)
{
    QTemporaryDir dir;
    const ReadResult result = readDocumentFile(dir.filePath(QStringLiteral("nowhere.json")));
    expectOneSentence(result, "missing");
    EXPECT_TRUE(result.error.contains(QStringLiteral("nowhere.json”")))
        << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(QStringLiteral("does not exist")))
        << result.error.toStdString();
}

TEST(HostileInput, directory_isNotAFile)
{
    QTemporaryDir dir;
    const ReadResult result = readDocumentFile(dir.path());
    expectOneSentence(result, "directory");
    EXPECT_TRUE(result.error.contains(QStringLiteral("is a folder, not a file")))
        << result.error.toStdString();
}

TEST(HostileInput, unreadableFile_isOneSentence)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{}");
    file.close();
    file.setPermissions(QFileDevice::Permissions());
    const ReadResult result = readDocumentFile(path);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // root reads any file: then the content itself is the finding.
    expectOneSentence(result, "unreadable");
}

TEST(HostileInput, fiftyMegabyteFile_isRefusedBeforeReading)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(50 * 1000 * 1000));
    file.close();
    const ReadResult result = readDocumentFile(path);
    expectOneSentence(result, "50 MB");
    EXPECT_TRUE(result.error.contains(QStringLiteral("is too large (47.7 MB)")))
        << result.error.toStdString();
}

TEST(HostileInput, oversizedBytes_areRefused)
{
    const QByteArray bytes(33 * 1024 * 1024, ' ');
    const ReadResult result = readDocument(bytes);
    expectOneSentence(result, "33 MiB");
    EXPECT_TRUE(result.error.contains(QStringLiteral("too large"))) << result.error.toStdString();
}

// Every prefix and every single-byte corruption of the seed payload is read without a
// crash and either succeeds or explains itself in one sentence.
TEST(HostileInput, truncatedAndCorruptedSeed_neverCrash)
{
    const QByteArray seed = readData(QStringLiteral(
        "contract/"
        "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json"));
    ASSERT_FALSE(seed.isEmpty());
    const char corruptions[] = { '\0', '"', '{', '[', ']', '}', ',', ':', '\xff', '\\' };
    int failures = 0;
    for (qsizetype i = 0; i < seed.size(); ++i) {
        const ReadResult prefix = readDocument(seed.left(i));
        failures += prefix.ok ? 0 : 1;
        EXPECT_TRUE(prefix.ok || !prefix.error.isEmpty()) << i;
        QByteArray corrupted = seed;
        corrupted[i] = corruptions[i % sizeof(corruptions)];
        const ReadResult broken = readDocument(corrupted);
        EXPECT_TRUE(broken.ok || (!broken.error.isEmpty() && !broken.error.contains(u'\n'))) << i;
    }
    EXPECT_EQ(failures, seed.size());
}
