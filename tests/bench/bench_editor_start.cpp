// bench_editor_start FILE | --bare: starts the editor (its own services and window) on FILE,
// or with --bare an empty QMainWindow, and exits once the window has been painted the first
// time. tests/bench/run.sh times whole processes of both and compares their peak memory.
#include "editorservices.h"

#include <QApplication>
#include <QMainWindow>
#include <QStandardPaths>
#include <QTimer>
#include <memory>

namespace {

/// Quits the application right after the watched window's first paint has been delivered.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the rep's settings or recent files
    const QString argument = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    std::unique_ptr<leadopp::editor::EditorServices> services;
    std::unique_ptr<QMainWindow> window;
    if (argument == QLatin1String("--bare")) {
        window = std::make_unique<QMainWindow>();
    } else {
        services = std::make_unique<leadopp::editor::EditorServices>();
        leadopp::ui::MainWindow::Services windowServices = services->forWindow();
        if (!argument.isEmpty())
            windowServices.files = QStringList { argument };
        window = std::make_unique<leadopp::ui::MainWindow>(windowServices);
    }
    QuitAfterFirstPaint quit;
    window->installEventFilter(&quit);
    window->resize(1280, 800);
    window->show();
    return QApplication::exec();
}
