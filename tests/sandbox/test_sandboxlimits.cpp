// What one local client may cost the sandbox: body cap (413), header size (431) and time
// (408), idle connections, a connection cap, one request per connection (HTTP/1.0 sees
// the close), 415 for a body that is not JSON, the per-process secret, the editor's
// sandbox thread, and no busy loop when file handles run out.
#include "sandboxhttp.h"

#include "sandbox/sandboxthread.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>

#include <algorithm>
#include <sys/resource.h>
#include <unistd.h>

using namespace leadopp;
using namespace leadopp::test;

namespace {

const QByteArray kGet = "GET /sales/api4partners/v0/leads-opportunities/XJSR-DZMFFT HTTP/1.1\r\n"
                        "Host: x\r\nX-API-Key: k\r\n";

struct RawAnswer {
    QByteArray bytes;
    bool closedByServer = false;
    qint64 elapsedMs = 0;
};

// Sends `request` on a fresh connection and collects the answer until the server closes
// (or `waitMs` passes).
RawAnswer exchange(quint16 port, const QByteArray &request, int waitMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    EXPECT_TRUE(socket.waitForConnected(3000));
    QElapsedTimer clock;
    clock.start();
    socket.write(request);
    RawAnswer answer;
    answer.closedByServer = QTest::qWaitFor(
        [&] {
            answer.bytes += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        waitMs);
    answer.bytes += socket.readAll();
    answer.elapsedMs = clock.elapsed();
    return answer;
}

int statusOf(const RawAnswer &answer)
{
    return answer.bytes.startsWith("HTTP/1.") ? answer.bytes.mid(9, 3).toInt() : 0;
}

class SandboxLimitsTest : public ::testing::Test
{
protected:
    quint16 start(const sandbox::ServerLimits &limits = {})
    {
        server.setLimits(limits);
        return server.listen(0);
    }
    sandbox::SandboxServer server;
};

TEST_F(SandboxLimitsTest, declaredHugeBodyIsRefusedWith413BeforeAnyByteOfIt)
{
    const quint16 port = start();
    const RawAnswer answer
        = exchange(port,
                   "POST /sales/api4partners/v0/leads-opportunities HTTP/1.1\r\nHost: x\r\n"
                   "X-API-Key: k\r\nContent-Type: application/json\r\n"
                   "Content-Length: 10737418240\r\n\r\n{");
    EXPECT_EQ(statusOf(answer), 413) << answer.bytes.toStdString();
    EXPECT_TRUE(answer.closedByServer);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(SandboxLimitsTest, bodyLongerThanDeclaredClosesTheConnection)
{
    sandbox::ServerLimits limits;
    limits.maxBodyBytes = 64 * 1024;
    const quint16 port = start(limits);
    const RawAnswer answer = exchange(
        port,
        "PATCH /sales/api4partners/v0/leads-opportunities/XJSR-DZMFFT HTTP/1.1\r\nHost: x\r\n"
        "X-API-Key: k\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n"
            + QByteArray(512 * 1024, ' '));
    EXPECT_TRUE(answer.closedByServer);
    EXPECT_NE(statusOf(answer), 200);
}

TEST_F(SandboxLimitsTest, oversizeHeadIs431)
{
    const quint16 port = start();
    const RawAnswer answer
        = exchange(port, kGet + "X-Junk: " + QByteArray(20000, 'j') + "\r\n\r\n");
    EXPECT_EQ(statusOf(answer), 431) << answer.bytes.left(200).toStdString();
    EXPECT_TRUE(answer.closedByServer);
}

TEST_F(SandboxLimitsTest, slowHeadIs408AfterTheHeaderTimeout)
{
    sandbox::ServerLimits limits;
    limits.headerTimeoutMs = 300;
    const quint16 port = start(limits);
    const RawAnswer answer = exchange(port, "GET /sales/api4partners/v0/lead", 5000);
    EXPECT_EQ(statusOf(answer), 408) << answer.bytes.toStdString();
    EXPECT_TRUE(answer.closedByServer);
    EXPECT_LT(answer.elapsedMs, 3000);
}

TEST_F(SandboxLimitsTest, idleConnectionIsClosed)
{
    sandbox::ServerLimits limits;
    limits.idleTimeoutMs = 300;
    const quint16 port = start(limits);
    const RawAnswer answer = exchange(port, QByteArray(), 5000);
    EXPECT_TRUE(answer.closedByServer);
    EXPECT_LT(answer.elapsedMs, 3000);
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.openConnections() == 0; }, 3000));
}

std::vector<std::unique_ptr<QTcpSocket>> openConnections(quint16 port, int count,
                                                         const QByteArray &send = {})
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < count; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, port);
        EXPECT_TRUE(sockets.back()->waitForConnected(3000));
        sockets.back()->write(send);
    }
    return sockets;
}

TEST_F(SandboxLimitsTest, atTheCapTheOldestIdleConnectionMakesRoom)
{
    sandbox::ServerLimits limits;
    limits.maxConnections = 3;
    const quint16 port = start(limits);
    const auto idle = openConnections(port, 3);
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.openConnections() == 3; }, 3000));
    EXPECT_EQ(statusOf(exchange(port, kGet + "\r\n")), 200);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return idle.front()->state() == QAbstractSocket::UnconnectedState; }, 3000));
    EXPECT_EQ(idle.back()->state(), QAbstractSocket::ConnectedState);
}

TEST_F(SandboxLimitsTest, atTheCapWithEveryConnectionBusyTheNextGets503)
{
    sandbox::ServerLimits limits;
    limits.maxConnections = 3;
    const quint16 port = start(limits);
    server.injectFault({ sandbox::Fault::Delay, 3, 3000, 1 });
    const auto busy = openConnections(port, 3, kGet + "\r\n");
    ASSERT_TRUE(QTest::qWaitFor([this] { return server.requestCount() == 3; }, 3000));
    const RawAnswer refused = exchange(port, kGet + "\r\n");
    EXPECT_EQ(statusOf(refused), 503) << refused.bytes.toStdString();
    EXPECT_TRUE(refused.closedByServer);
}

TEST_F(SandboxLimitsTest, http10ClientSeesTheConnectionClosedAfterTheAnswer)
{
    const quint16 port = start();
    const RawAnswer answer
        = exchange(port,
                   "GET /sales/api4partners/v0/leads-opportunities/XJSR-DZMFFT HTTP/1.0\r\n"
                   "X-API-Key: k\r\n\r\n");
    EXPECT_EQ(statusOf(answer), 200);
    EXPECT_TRUE(answer.closedByServer);
    EXPECT_TRUE(answer.bytes.contains("XJSR-DZMFFT"));
}

TEST_F(SandboxLimitsTest, bodyThatIsNotJsonIs415)
{
    const quint16 port = start();
    const QByteArray post
        = "POST /sales/api4partners/v0/leads-opportunities HTTP/1.1\r\nHost: x\r\n"
          "X-API-Key: k\r\nContent-Length: 2\r\n";
    EXPECT_EQ(statusOf(exchange(port, post + "Content-Type: text/plain\r\n\r\n{}")), 415);
    EXPECT_EQ(statusOf(exchange(port, post + "\r\n{}")), 415);
    EXPECT_EQ(
        statusOf(exchange(port, post + "Content-Type: application/json; charset=utf-8\r\n\r\n{}")),
        400); // reached the API, which finds the record empty
    EXPECT_EQ(server.requestCount(), 1);
}

TEST_F(SandboxLimitsTest, secretKeepsOtherProgramsOut)
{
    sandbox::ServerLimits limits;
    limits.secret = "s3cr3t-0123456789";
    const quint16 port = start(limits);
    EXPECT_EQ(statusOf(exchange(port, kGet + "\r\n")), 403);
    EXPECT_EQ(
        statusOf(exchange(port, kGet + "X-Leadopp-Sandbox-Secret: s3cr3t-012345678X\r\n\r\n")),
        403);
    EXPECT_EQ(server.requestCount(), 0);
    EXPECT_EQ(
        statusOf(exchange(port, kGet + "X-Leadopp-Sandbox-Secret: s3cr3t-0123456789\r\n\r\n")),
        200);
}

TEST(SandboxThreadTest, servesOnItsOwnThreadAndOnlyWithItsSecret)
{
    sandbox::SandboxThread sandbox;
    ASSERT_TRUE(sandbox.start());
    EXPECT_NE(sandbox.thread(), QThread::currentThread());
    EXPECT_TRUE(sandbox.thread()->isRunning());
    EXPECT_EQ(sandbox.secret().size(), 64);
    const quint16 port = quint16(sandbox.baseUrl().port());
    EXPECT_EQ(statusOf(exchange(port, kGet + "\r\n")), 403);
    EXPECT_EQ(statusOf(exchange(
                  port, kGet + sandbox.secretHeader() + ": " + sandbox.secret() + "\r\n\r\n")),
              200);
    sandbox::SandboxThread other;
    ASSERT_TRUE(other.start());
    EXPECT_NE(other.secret(), sandbox.secret());
}

TEST(SandboxThreadTest, hundredsOfIdleConnectionsLeaveTheCallersThreadResponsive)
{
    sandbox::SandboxThread sandbox;
    ASSERT_TRUE(sandbox.start());
    const quint16 port = quint16(sandbox.baseUrl().port());
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 300; ++i) {
        flood.push_back(std::make_unique<QTcpSocket>());
        flood.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    // The caller's event loop keeps ticking while the sandbox deals with the flood.
    QElapsedTimer clock;
    clock.start();
    qint64 worstGapMs = 0;
    qint64 last = 0;
    [[maybe_unused]] const bool waited = QTest::qWaitFor(
        [&] {
            worstGapMs = qMax(worstGapMs, clock.elapsed() - last);
            last = clock.elapsed();
            return clock.elapsed() > 1000;
        },
        2000);
    EXPECT_LT(worstGapMs, 250);
    // After a second some of the flood may still be knocking (the kernel's queue was full and
    // the client tries again); a request made then is the newest connection waiting for its
    // head to be read, and the sandbox lets the oldest go for each newer one. The request is
    // made once the flood has reached it, and made again if it was let go all the same.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return std::none_of(flood.cbegin(), flood.cend(), [](const auto &socket) {
                return socket->state() == QAbstractSocket::ConnectingState;
            });
        },
        10000));
    const QByteArray request = kGet + sandbox.secretHeader() + ": " + sandbox.secret() + "\r\n\r\n";
    EXPECT_TRUE(QTest::qWaitFor([&] { return statusOf(exchange(port, request)) == 200; }, 10000));
}

// CPU time (user + system, in clock ticks) of a process, from /proc.
qint64 cpuTicks(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong(); // utime, stime
}

TEST(SandboxFileHandles, runningOutOfHandlesDoesNotSpin)
{
    QProcess process;
    process.setChildProcessModifier([] {
        const rlimit few = { 40, 40 };
        ::setrlimit(RLIMIT_NOFILE, &few);
    });
    process.start(binaryPath(QStringLiteral("leadopp")),
                  { QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0") });
    QByteArray output;
    const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QRegularExpressionMatch match;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            output += process.readAllStandardOutput();
            match = listening.match(QString::fromUtf8(output));
            return match.hasMatch();
        },
        20000));
    const quint16 port = quint16(match.captured(1).toUInt());
    std::vector<std::unique_ptr<QTcpSocket>> flood;
    for (int i = 0; i < 80; ++i) {
        flood.push_back(std::make_unique<QTcpSocket>());
        flood.back()->connectToHost(QHostAddress::LocalHost, port);
    }
    QTest::qWait(500);
    const qint64 before = cpuTicks(process.processId());
    QTest::qWait(1000);
    const qint64 after = cpuTicks(process.processId());
    ASSERT_GE(before, 0);
    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    EXPECT_LT(after - before, ticksPerSecond / 4)
        << "the sandbox used " << (after - before) << " ticks of CPU in one idle second";
    // Once handles are free again, it accepts again (Qt pauses accepting for good on
    // EMFILE; the sandbox resumes after a moment).
    flood.clear();
    const RawAnswer answer = exchange(port, kGet + "\r\n", 5000);
    EXPECT_EQ(statusOf(answer), 200) << answer.bytes.toStdString();
    process.kill();
    process.waitForFinished(5000);
}

} // namespace
