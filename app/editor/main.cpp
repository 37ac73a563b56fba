// leadopp-editor: the widgets editor. Thin main and composition root: real services are
// created here and handed to the window; nothing below knows how they were built.
#include "core/translators.h"
#include "editorservices.h"
#include "ui/window/terminationnotifier.h"

#include <QApplication>
#include <QCommandLineParser>

namespace {

QStringList parseFiles(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Edit, validate and resubmit partner lead opportunities."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Drafts, request bodies or responses to open."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
    return parser.positionalArguments();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("leadopp"));
    QApplication::setApplicationName(QStringLiteral("leadopp-editor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Lead Opportunity Editor"));
    QApplication::setApplicationVersion(QStringLiteral(LEADOPP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("leadopp-editor"));
    leadopp::core::installTranslators(app);
    const QStringList files = parseFiles(app);

    leadopp::editor::EditorServices services;
    leadopp::ui::MainWindow window(services.forWindow());
    // A termination request (logout, kill, Ctrl+C) journals every unsaved edit and then
    // closes like the Quit command.
    leadopp::ui::TerminationNotifier termination;
    QObject::connect(&termination, &leadopp::ui::TerminationNotifier::received, &window,
                     &leadopp::ui::MainWindow::journalAndClose);
    for (const QString &file : files)
        window.openFile(file);
    window.show();
    window.offerRecovery();
    return QApplication::exec();
}
