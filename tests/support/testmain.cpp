// gtest main shared by every suite. The Qt application object lives for the whole run
// in a global Environment, so `--gtest_list_tests` works without a display, and standard
// paths are switched to test mode in a home folder of the run's own, so no test touches
// the real home directory and suites run in parallel never share settings, draft locks or
// recovery journals.
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#if defined(LEADOPP_TEST_GUI)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(LEADOPP_TEST_GUI_SESSION)
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

namespace {

int g_argc = 1;
char g_arg0[] = "leadopp-tests";
char *g_argv[] = { g_arg0, nullptr };

class QtEnvironment final : public ::testing::Environment
{
public:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        m_home = new QTemporaryDir;
        if (m_home->isValid())
            qputenv("HOME", m_home->path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        m_app = new TestApplication(g_argc, g_argv);
        TestApplication::setOrganizationName(QStringLiteral("leadopp-tests"));
        TestApplication::setApplicationName(QStringLiteral("leadopp-tests"));
    }
    void TearDown() override
    {
        delete m_app;
        m_app = nullptr;
        delete m_home;
        m_home = nullptr;
    }

private:
    TestApplication *m_app = nullptr;
    QTemporaryDir *m_home = nullptr;
};

} // namespace

int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    ::testing::AddGlobalTestEnvironment(new QtEnvironment);
    return RUN_ALL_TESTS();
}
