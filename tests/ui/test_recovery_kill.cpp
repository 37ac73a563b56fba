// Nothing typed is lost to a crash or a kill: the editor, a real process on the offscreen
// platform with a home of its own, is killed with SIGKILL (or asked to stop with SIGTERM)
// while a typed edit is unsaved; the next start offers the draft and restores the edit,
// modified and attached to its file.
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace leadopp;

namespace {

const QString kRejectedDraft = QStringLiteral("drafts/rejected-submission.leadopp.json");
const QString kTyped = QStringLiteral(" typed before the crash");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Anything under the child's home that holds the typed text (its recovery journal).
bool homeHolds(const QString &home, const QString &draft, const QByteArray &text)
{
    QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path != draft && fileBytes(path).contains(text))
            return true;
    }
    return false;
}

QProcessEnvironment childEnvironment(const QString &home)
{
    QProcessEnvironment environment = test::isolatedEnvironment(home);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

// The bundled rejected draft, copied into `home` as the draft the editor works on.
QString draftIn(const QString &home)
{
    const QString draft = QDir(home).filePath(QStringLiteral("work.leadopp.json"));
    QFile::copy(test::dataPath(kRejectedDraft), draft);
    QFile::setPermissions(draft, QFile::ReadOwner | QFile::WriteOwner);
    return draft;
}

// Starts the editor on `draft` with a home of its own, and waits until it has typed kTyped.
void startTyping(QProcess &editor, const QString &home, const QString &draft)
{
    editor.setProcessEnvironment(childEnvironment(home));
    editor.start(test::binaryPath(QStringLiteral("recovery_child")),
                 { QStringLiteral("work"), draft, kTyped });
    ASSERT_TRUE(editor.waitForStarted());
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor.canReadLine(); }, 60000))
        << editor.readAllStandardError().toStdString();
    ASSERT_EQ(editor.readLine().trimmed(), "typed");
}

// The next start offers the draft and restores the typed edit, modified and attached to
// its file.
void expectNextStartRestores(const QString &home, const QString &draft)
{
    const QString child = test::binaryPath(QStringLiteral("recovery_child"));
    QProcess next;
    next.setProcessEnvironment(childEnvironment(home));
    next.start(child, { QStringLiteral("restore") });
    ASSERT_TRUE(next.waitForFinished(60000));
    ASSERT_EQ(next.exitCode(), 0) << next.readAllStandardError().toStdString();
    const QJsonObject report = QJsonDocument::fromJson(next.readAllStandardOutput()).object();
    EXPECT_EQ(report.value(QStringLiteral("restored")).toInt(), 1);
    EXPECT_TRUE(report.value(QStringLiteral("name")).toString().endsWith(kTyped))
        << report.value(QStringLiteral("name")).toString().toStdString();
    EXPECT_TRUE(report.value(QStringLiteral("modified")).toBool());
    EXPECT_EQ(report.value(QStringLiteral("filePath")).toString(),
              QFileInfo(draft).absoluteFilePath());
}

// The editor at work in a process of its own, with a home of its own: it has typed kTyped
// into the draft, which is not saved.
class RecoveryKill : public ::testing::Test
{
protected:
    void SetUp() override
    {
        draft = draftIn(home.path());
        savedBytes = fileBytes(draft);
        ASSERT_FALSE(savedBytes.isEmpty());
        ASSERT_NO_FATAL_FAILURE(startTyping(editor, home.path(), draft));
    }

    QTemporaryDir home;
    QString draft;
    QByteArray savedBytes;
    QProcess editor;
};

} // namespace

TEST_F(RecoveryKill, editorKilledMidWork_nextStartRestoresTheTypedEdits)
{
    QElapsedTimer clock;
    clock.start();
    // Within two seconds of the last key the edit is journaled; then the editor is killed.
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return homeHolds(home.path(), draft, kTyped.toUtf8()); }, 2000));
    EXPECT_LT(clock.elapsed(), 2000);
    editor.kill(); // SIGKILL: no handler, no destructor runs
    ASSERT_TRUE(editor.waitForFinished());
    EXPECT_EQ(editor.exitStatus(), QProcess::CrashExit);
    EXPECT_EQ(fileBytes(draft), savedBytes); // the draft file itself was never saved

    expectNextStartRestores(home.path(), draft);
}

// A kill (SIGTERM) with an unsaved edit: no question waits for a rep who may not be there.
// The editor journals the edit and quits at once; the file stays as saved, and the next
// start offers the edit.
TEST_F(RecoveryKill, editorTerminatedMidWork_quitsAtOnceAndTheNextStartRestoresTheEdits)
{
    editor.terminate(); // SIGTERM, at once: before the journal's own timer
    const bool quit = editor.waitForFinished(10000);
    if (!quit)
        editor.kill();
    ASSERT_TRUE(quit) << "the editor waited instead of quitting";
    EXPECT_EQ(editor.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(editor.exitCode(), 0);
    EXPECT_TRUE(homeHolds(home.path(), draft, kTyped.toUtf8()));
    EXPECT_EQ(fileBytes(draft), savedBytes);
    expectNextStartRestores(home.path(), draft);
}
