// The editor as a process of its own for the crash test (test_recovery_kill): the real
// main window on the offscreen platform, with standard paths in test mode under the HOME
// the test gives it.
//   recovery_child work DRAFT TEXT   opens DRAFT, types TEXT at the end of the opportunity
//                                    name like a rep, prints "typed" and works on until
//                                    it is killed or terminated (a termination request is
//                                    handled as the editor's main() handles it)
//   recovery_child restore           starts again, accepts what the recovery offers and
//                                    prints the restored draft as JSON
#include "core/catalogue/fieldpath.h"
#include "core/document/document.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/window/documentview.h"
#include "ui/window/mainwindow.h"
#include "ui/window/terminationnotifier.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace leadopp;

namespace {

int work(ui::MainWindow &window, const QString &draft, const QString &text)
{
    auto *termination = new ui::TerminationNotifier(&window);
    QObject::connect(termination, &ui::TerminationNotifier::received, &window,
                     &ui::MainWindow::journalAndClose);
    if (!window.openFile(draft))
        return 2;
    auto *line = window.findChild<QLineEdit *>(QStringLiteral("leadOpportunity_name"));
    if (!line)
        return 2;
    line->setFocus();
    line->end(false);
    QTest::keyClicks(line, text);
    std::fputs("typed\n", stdout);
    std::fflush(stdout);
    return QApplication::exec();
}

int restore(ui::MainWindow &window)
{
    ui::Prompt::setNextAnswer(QMessageBox::Yes);
    const int restored = window.offerRecovery();
    const ui::DocumentView *view = window.currentView();
    const QJsonObject report {
        { QStringLiteral("restored"), restored },
        { QStringLiteral("filePath"), view->document()->filePath() },
        { QStringLiteral("modified"), view->session()->isModified() },
        { QStringLiteral("name"),
          view->document()->value(core::FieldPath::parse(QStringLiteral("leadOpportunity.name"))) },
    };
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("leadopp-tests"));
    QApplication::setApplicationName(QStringLiteral("leadopp-recovery-child"));
    const QStringList arguments = QApplication::arguments();
    ui::MainWindow window;
    window.show();
    if (arguments.value(1) == QLatin1String("work"))
        return work(window, arguments.value(2), arguments.value(3));
    if (arguments.value(1) == QLatin1String("restore"))
        return restore(window);
    return 2;
}
