// bench_editor_start FILE | --bare: starts the editor (its own services and window) on FILE,
// or with --bare an empty QMainWindow, prints the wall-clock time of the window's first paint
// (microseconds since the epoch) and exits. tests/bench/run.sh takes the time before it starts
// the process, so the figure runs from launch (loading included) to the first paint, the
// moment a rep sees the draft, and leaves out the tear-down; it also compares peak memory.
#include "editorservices.h"
#include "ui/common/palettes.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QList>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTimer>
#include <chrono>
#include <cstdio>
#include <memory>
#include <utility>

namespace {

/// Quits the application right after the watched window's first paint has been delivered.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            m_paintedAt.start();
            // Once the paint has been handled: the filter sees the event before the window.
            QTimer::singleShot(0, qApp, [this] {
                m_framedAt.start();
                const auto now = std::chrono::system_clock::now().time_since_epoch();
                std::printf(
                    "%lld\n",
                    static_cast<long long>(
                        std::chrono::duration_cast<std::chrono::microseconds>(now).count()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

public:
    /// When the first paint began, in `clock`'s nanoseconds.
    qint64 paintedNs(const QElapsedTimer &clock) const
    {
        return clock.nsecsElapsed() - m_paintedAt.nsecsElapsed();
    }
    /// When that first frame had been painted, in `clock`'s nanoseconds.
    qint64 framedNs(const QElapsedTimer &clock) const
    {
        return clock.nsecsElapsed() - m_framedAt.nsecsElapsed();
    }

private:
    bool m_painted = false;
    QElapsedTimer m_paintedAt;
    QElapsedTimer m_framedAt;
};

} // namespace

// Where the time before the first paint went, on standard error (run.sh prints only the
// total): the application object, the services, the window with the draft, showing it,
// until its first paint begins, and painting that whole first frame.
void printSteps(const QList<std::pair<const char *, qint64>> &marks)
{
    for (qsizetype i = 1; i < marks.size(); ++i)
        std::fprintf(stderr, "%s %.1f ms%s", marks.at(i).first,
                     double(marks.at(i).second - marks.at(i - 1).second) / 1e6,
                     i + 1 < marks.size() ? ", " : "\n");
}

int main(int argc, char **argv)
{
    QElapsedTimer clock;
    clock.start();
    QList<std::pair<const char *, qint64>> marks { { "", 0 } };
    QApplication app(argc, argv);
    marks.append({ "application", clock.nsecsElapsed() });
    QStandardPaths::setTestModeEnabled(true); // never the rep's settings or recent files
    const QString argument = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    std::unique_ptr<leadopp::editor::EditorServices> services;
    std::unique_ptr<QMainWindow> window;
    if (argument == QLatin1String("--bare")) {
        window = std::make_unique<QMainWindow>();
    } else {
        // As the editor's main sets the application's style up.
        leadopp::ui::palettes::apply(QStringLiteral("system"));
        services = std::make_unique<leadopp::editor::EditorServices>();
        marks.append({ "services", clock.nsecsElapsed() });
        leadopp::ui::MainWindow::Services windowServices = services->forWindow();
        if (!argument.isEmpty())
            windowServices.files = QStringList { argument };
        window = std::make_unique<leadopp::ui::MainWindow>(windowServices);
    }
    marks.append({ "window", clock.nsecsElapsed() });
    QuitAfterFirstPaint quit;
    window->installEventFilter(&quit);
    window->resize(1280, 800);
    window->show();
    marks.append({ "show", clock.nsecsElapsed() });
    const int status = QApplication::exec();
    marks.append({ "first paint", quit.paintedNs(clock) });
    marks.append({ "frame painted", quit.framedNs(clock) });
    printSteps(marks);
    return status;
}
