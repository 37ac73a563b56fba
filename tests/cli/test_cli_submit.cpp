// `leadopp submit` end to end: the real binary against the in-process sandbox, a refused
// port and a non-loopback plain-http URL; exit codes, JSON output and --record.
#include "diskfull.h"
#include "testsupport.h"

#include "core/codec/documentreader.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace leadopp;
using namespace leadopp::test;

namespace {

const QString kKey = QStringLiteral("CLI-SECRET-KEY-5be08d1c");

using Outcome = leadopp::test::LeadoppRun;

class CliSubmit : public ::testing::Test
{
protected:
    Outcome submit(const QStringList &arguments, const QString &key = {})
    {
        // Keep settings and any keychain away from the real home.
        const QProcessEnvironment environment
            = leadopp::test::isolatedEnvironment(home.path(), key);
        return leadopp::test::runLeadopp(QStringList { QStringLiteral("submit") } + arguments,
                                         environment);
    }

    /// A loopback port that was free a moment ago and has no listener now.
    static QUrl refusedUrl()
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        EXPECT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), length), 0);
        EXPECT_EQ(::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length), 0);
        ::close(fd);
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ntohs(address.sin_port)));
    }

    QTemporaryDir home;
};

TEST_F(CliSubmit, acceptedUpdateOnSandbox_exitsZero)
{
    const Outcome run = submit({ dataPath(QStringLiteral("net/update-accepted.json")),
                                 QStringLiteral("--env"), QStringLiteral("sandbox"),
                                 QStringLiteral("--id"), QStringLiteral("XJSR-DZMFFT") });
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.contains("accepted")) << run.out.toStdString();
}

TEST_F(CliSubmit, rejectedUpdateOnSandbox_exitsOneWithFieldErrorsAsJson)
{
    const Outcome run
        = submit({ dataPath(QStringLiteral("net/update-rejected.json")), QStringLiteral("--env"),
                   QStringLiteral("sandbox"), QStringLiteral("--id"), QStringLiteral("XJSR-DZMFFT"),
                   QStringLiteral("--json") });
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json.value(QStringLiteral("status")).toInt(), 400);
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("rejected"));
    EXPECT_EQ(json.value(QStringLiteral("traceId")).toString().size(), 32);
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    ASSERT_FALSE(errors.isEmpty());
    const QJsonObject first = errors.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("path")).toString(),
              QStringLiteral("leadOpportunity.currency"));
    EXPECT_FALSE(first.value(QStringLiteral("label")).toString().isEmpty());
    EXPECT_FALSE(first.value(QStringLiteral("message")).toString().isEmpty());
}

TEST_F(CliSubmit, rejectedUpdate_printsPathLabelAndMessage)
{
    const Outcome run = submit({ dataPath(QStringLiteral("net/update-rejected.json")),
                                 QStringLiteral("--env"), QStringLiteral("sandbox"),
                                 QStringLiteral("--id"), QStringLiteral("XJSR-DZMFFT") });
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains("leadOpportunity.currency\t")) << run.out.toStdString();
}

TEST_F(CliSubmit, refusedPort_exitsThree)
{
    const Outcome run
        = submit({ dataPath(QStringLiteral("net/update-accepted.json")), QStringLiteral("--env"),
                   refusedUrl().toString(), QStringLiteral("--id"), QStringLiteral("XJSR-DZMFFT"),
                   QStringLiteral("--json") },
                 kKey);
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_EQ(parseObject(run.out).value(QStringLiteral("kind")).toString(),
              QStringLiteral("connection-refused"));
}

// A submit's outcome is its product, delivered or not: on stdout in text as in JSON, so a
// script reads every outcome in one place (README, "Output streams").
TEST_F(CliSubmit, refusedPort_theOutcomeIsOnStdoutAsForARejection)
{
    const Outcome run
        = submit({ dataPath(QStringLiteral("net/update-accepted.json")), QStringLiteral("--env"),
                   refusedUrl().toString(), QStringLiteral("--id"), QStringLiteral("XJSR-DZMFFT") },
                 kKey);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.out.contains("refused the connection")) << run.out.toStdString();
    EXPECT_FALSE(run.err.contains("refused the connection")) << run.err.toStdString();
}

TEST_F(CliSubmit, plainHttpToRemoteHost_exitsThreeWithoutSending)
{
    const Outcome run
        = submit({ dataPath(QStringLiteral("net/update-accepted.json")), QStringLiteral("--env"),
                   QStringLiteral("http://192.0.2.1"), QStringLiteral("--id"),
                   QStringLiteral("XJSR-DZMFFT"), QStringLiteral("--json") },
                 kKey);
    EXPECT_EQ(run.exitCode, 3);
    const QJsonObject json = parseObject(run.out);
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("insecure-key"));
    EXPECT_EQ(json.value(QStringLiteral("attempts")).toInt(), 0);
    EXPECT_FALSE(run.out.contains(kKey.toUtf8()));
}

TEST_F(CliSubmit, keyFromEnvironment_isUsed)
{
    const Outcome run
        = submit({ dataPath(QStringLiteral("net/update-accepted.json")), QStringLiteral("--env"),
                   QStringLiteral("sandbox"), QStringLiteral("--id"), QStringLiteral("XJSR-DZMFFT"),
                   QStringLiteral("--json") },
                 QStringLiteral("forbidden")); // the sandbox's key that is not allowed
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(parseObject(run.out).value(QStringLiteral("kind")).toString(),
              QStringLiteral("key-not-allowed"));
}

// Qt HTTP Server prints each request's headers at its debug level; turning every debug
// category on must not put the key (or the built-in sandbox's secret) on the screen.
TEST_F(CliSubmit, everyDebugCategoryOn_logsNoKey)
{
    QProcessEnvironment environment
        = leadopp::test::isolatedEnvironment(home.path(), QStringLiteral("k3y-0f-the-rep"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    const Outcome run = leadopp::test::runLeadopp(
        { QStringLiteral("submit"), dataPath(QStringLiteral("net/update-accepted.json")),
          QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--id"),
          QStringLiteral("XJSR-DZMFFT") },
        environment);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("leadopp.")) << "no debug output at all: the test shows nothing";
    EXPECT_FALSE(run.err.contains("k3y-0f-the-rep")) << run.err.toStdString();
    EXPECT_FALSE(run.out.contains("k3y-0f-the-rep"));
    EXPECT_FALSE(run.err.contains("Sandbox-Secret")) << run.err.toStdString();
}

TEST_F(CliSubmit, usageErrors_exitTwo)
{
    const QString body = dataPath(QStringLiteral("net/update-accepted.json"));
    EXPECT_EQ(submit({ body }).exitCode, 2);
    EXPECT_EQ(submit({ body, QStringLiteral("--env"), QStringLiteral("atlantis") }).exitCode, 2);
    EXPECT_EQ(submit({ home.filePath(QStringLiteral("missing.json")), QStringLiteral("--env"),
                       QStringLiteral("sandbox") })
                  .exitCode,
              2);
    EXPECT_EQ(submit({ body, QStringLiteral("--env"), QStringLiteral("sandbox"),
                       QStringLiteral("--record") })
                  .exitCode,
              2);
    EXPECT_EQ(submit({ body, QStringLiteral("--env"), QStringLiteral("sandbox"),
                       QStringLiteral("--create"), QStringLiteral("--id"), QStringLiteral("X") })
                  .exitCode,
              2);
}

TEST_F(CliSubmit, record_appendsAttemptToDraftAndNeverTheKey)
{
    core::ReadResult body
        = core::readDocumentFile(dataPath(QStringLiteral("net/update-rejected.json")));
    ASSERT_TRUE(body.ok);
    body.draft.record.insert(QStringLiteral("dsLeadOpportunityId"), QStringLiteral("XJSR-DZMFFT"));
    const QString draftPath = home.filePath(QStringLiteral("lead.json"));
    QFile draftFile(draftPath);
    ASSERT_TRUE(draftFile.open(QIODevice::WriteOnly));
    draftFile.write(core::writeDraft(body.draft));
    draftFile.close();

    const Outcome run = submit({ draftPath, QStringLiteral("--env"), QStringLiteral("sandbox"),
                                 QStringLiteral("--record") },
                               kKey);
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    const core::ReadResult after = core::readDocumentFile(draftPath);
    ASSERT_TRUE(after.ok) << after.error.toStdString();
    EXPECT_EQ(after.shape, core::InputShape::Draft);
    ASSERT_EQ(after.draft.submissions.size(), 1);
    EXPECT_EQ(after.draft.submissions.first().outcome, QStringLiteral("rejected"));
    EXPECT_EQ(after.draft.submissions.first().status, 400);
    EXPECT_EQ(after.draft.rejection.status, 400);

    EXPECT_FALSE(run.out.contains(kKey.toUtf8()));
    EXPECT_FALSE(run.err.contains(kKey.toUtf8()));
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_FALSE(file.readAll().contains(kKey.toUtf8())) << file.fileName().toStdString();
    }
}

// A draft --record cannot write in full stays as it was, and the reason is named.
class CliSubmitFullDisk : public CliSubmit
{
protected:
    QString writeDraft(const QString &path)
    {
        core::ReadResult body
            = core::readDocumentFile(dataPath(QStringLiteral("net/update-rejected.json")));
        EXPECT_TRUE(body.ok);
        body.draft.record.insert(QStringLiteral("dsLeadOpportunityId"),
                                 QStringLiteral("XJSR-DZMFFT"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(core::writeDraft(body.draft));
        return path;
    }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

TEST_F(CliSubmitFullDisk, shortWriteOfTheRecordKeepsTheDraftAndSaysWhy)
{
    const QString draft = writeDraft(home.filePath(QStringLiteral("lead.json")));
    const QByteArray before = contents(draft);
    ASSERT_FALSE(before.isEmpty());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    process.setProcessEnvironment(environment);
    // The system takes as many bytes of the new, longer draft as the old one had (and a
    // little more), then refuses (EFBIG): a short write.
    const rlim_t limitBytes = rlim_t(before.size() + 64);
    process.setChildProcessModifier([limitBytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit small = { limitBytes, RLIM_INFINITY };
        ::setrlimit(RLIMIT_FSIZE, &small);
    });
    process.start(binaryPath(QStringLiteral("leadopp")),
                  { QStringLiteral("submit"), draft, QStringLiteral("--env"),
                    QStringLiteral("sandbox"), QStringLiteral("--record") });
    ASSERT_TRUE(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 2) << err.toStdString();
    EXPECT_TRUE(err.contains("could not record the attempt")) << err.toStdString();
    EXPECT_TRUE(err.contains("File too large")) << err.toStdString();
    EXPECT_EQ(contents(draft), before);
}

TEST_F(CliSubmitFullDisk, fullDiskKeepsTheDraftAndNamesNoSpaceLeft)
{
    const SmallTmpfs disk(64 * 1024);
    if (!disk.mounted())
        GTEST_SKIP() << disk.skipReason();
    const QString draft = writeDraft(disk.filePath(QStringLiteral("lead.json")));
    const QByteArray before = contents(draft);
    disk.fill();
    const Outcome run = submit(
        { draft, QStringLiteral("--env"), QStringLiteral("sandbox"), QStringLiteral("--record") });
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains("No space left on device")) << run.err.toStdString();
    EXPECT_EQ(contents(draft), before);
}

TEST_F(CliSubmit, recordedHistoryHoldsNoKeyEvenWhenTheServerEchoesIt)
{
    // A server that quotes the request headers back in its 400 body.
    const QByteArray echoServer = R"(
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_PATCH(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = ('{"error":{"message":"bad","echo":"' + "; ".join(
            k + ": " + v for k, v in self.headers.items()) + '"}}').encode()
        self.send_response(400); self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.handle_request()
)";
    QProcess server;
    server.start(QStringLiteral("/usr/bin/python3"),
                 { QStringLiteral("-c"), QString::fromUtf8(echoServer) });
    ASSERT_TRUE(server.waitForReadyRead(10000));
    const QByteArray port = server.readLine().trimmed();
    core::ReadResult body
        = core::readDocumentFile(dataPath(QStringLiteral("net/update-rejected.json")));
    ASSERT_TRUE(body.ok);
    body.draft.record.insert(QStringLiteral("dsLeadOpportunityId"), QStringLiteral("XJSR-DZMFFT"));
    const QString draftPath = home.filePath(QStringLiteral("echo.json"));
    QFile draftFile(draftPath);
    ASSERT_TRUE(draftFile.open(QIODevice::WriteOnly));
    draftFile.write(core::writeDraft(body.draft));
    draftFile.close();
    const Outcome run = submit({ draftPath, QStringLiteral("--env"),
                                 QStringLiteral("http://127.0.0.1:") + QString::fromLatin1(port),
                                 QStringLiteral("--record") },
                               kKey);
    server.waitForFinished(10000);
    const core::ReadResult after = core::readDocumentFile(draftPath);
    ASSERT_TRUE(after.ok);
    ASSERT_EQ(after.draft.submissions.size(), 1) << run.err.toStdString();
    const QByteArray stored = after.draft.submissions.first().responseBody;
    EXPECT_TRUE(stored.contains("X-API-Key: [redacted]")) << stored.toStdString();
    QFile saved(draftPath);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_FALSE(saved.readAll().contains(kKey.toUtf8()));
}

} // namespace
