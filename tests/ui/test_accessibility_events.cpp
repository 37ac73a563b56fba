// What a screen reader hears while the rep works: the focus events Qt sends to assistive
// technologies. Offscreen Qt has no accessibility bridge, so these tests skip there; ctest
// runs them again in a session with a live AT-SPI bridge (a11y_session.sh), where they must
// run.
#include "sandboxwindow.h"
#include "windowdriver.h"

#include <QAccessible>
#include <QPointer>
#include <QTableView>
#include <iostream>

using namespace leadopp;
using test::press;

namespace {

struct FocusReport {
    QPointer<QObject> object;
    int child = -1;
};

QList<FocusReport> &reports()
{
    static QList<FocusReport> list;
    return list;
}

void recordFocus(QAccessibleEvent *event)
{
    if (event->type() == QAccessible::Focus)
        reports().append({ event->object(), event->child() });
}

std::string name(const QObject *object)
{
    return object ? object->objectName().toStdString() : std::string("null");
}

class AccessibilityEvents : public test::SandboxWindowTest
{
protected:
    void SetUp() override
    {
        test::SandboxWindowTest::SetUp();
        QAccessible::installUpdateHandler(recordFocus);
        QAccessible::setActive(true);
        // The bridge turns active once it has found the accessibility bus (never offscreen).
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            m_bridgeFound = QTest::qWaitFor([] { return QAccessible::isActive(); }, 5000);
    }
    void TearDown() override { QAccessible::installUpdateHandler(nullptr); }
    bool m_bridgeFound = false;
};

} // namespace

TEST_F(AccessibilityEvents, f8_reportsFocusOnTheFieldOrCellItLandsOn_neverOnProblems)
{
    if (!m_bridgeFound) {
        if (qEnvironmentVariableIsSet("LEADOPP_REQUIRE_ACCESSIBILITY"))
            FAIL() << "no accessibility bridge in this session";
        GTEST_SKIP() << "no accessibility bridge (offscreen)";
    }
    test::openAndShow(*window, test::kRejectedDraft);
    window->currentView()->focusFirstField();
    QObject *problems = window->findChild<QTableView *>(QStringLiteral("errorList"));
    int onProblems = 0;
    int onTarget = 0;
    constexpr int kPresses = 14;
    for (int presses = 0; presses < kPresses; ++presses) {
        reports().clear();
        press(window.get(), Qt::Key_F8);
        QApplication::processEvents();
        for (const FocusReport &report : std::as_const(reports()))
            onProblems += report.object == problems ? 1 : 0;
        if (!reports().isEmpty() && reports().last().object == QApplication::focusWidget())
            ++onTarget;
        else
            std::cout << "press " << presses << ": focus " << name(QApplication::focusWidget())
                      << ", last report "
                      << (reports().isEmpty() ? std::string("none") : name(reports().last().object))
                      << std::endl;
    }
    std::cout << "[ focus ] " << onTarget << " of " << kPresses
              << " F8 presses reported on the field or cell, " << onProblems
              << " reports on the Problems list" << std::endl;
    EXPECT_EQ(onProblems, 0);
    EXPECT_EQ(onTarget, kPresses);
}
