// leadopp-editor: the widgets editor. Thin main and composition root: real services are
// created here and handed to the window; nothing below knows how they were built.
#include "core/translators.h"
#include "editorservices.h"
#include "ui/common/palettes.h"
#include "ui/window/terminationnotifier.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>

#include <cstdio>

namespace {

// The language chosen in the settings wins over the system's; it is read once, so a new
// choice applies on the next start (the settings dialog says so).
void applyLanguage(QApplication &app)
{
    const QString chosen = leadopp::core::chosenLanguage();
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    leadopp::core::installTranslators(app);
}

struct Options {
    QStringList files;
    QString palette;
};

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Edit, validate and resubmit partner lead opportunities."));
    parser.addHelpOption();
    parser.addVersionOption();
    // A scheme of the editor's own for desktops without a dark or high-contrast theme:
    // every issue colour derives from the palette, so it reads in each of them.
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        QApplication::translate("main", "Colour scheme: %1.")
            .arg(leadopp::ui::palettes::names().join(QStringLiteral(", "))),
        QApplication::translate("main", "scheme"), QStringLiteral("system"));
    parser.addOption(palette);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Drafts, request bodies or responses to open."),
        QStringLiteral("[FILE...]"));
    parser.process(app);
    return { parser.positionalArguments(), parser.value(palette) };
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
    applyLanguage(app);
    const Options options = parseOptions(app);
    if (!leadopp::ui::palettes::apply(options.palette)) {
        std::fputs(
            qPrintable(
                QApplication::translate("main", "Unknown colour scheme: %1").arg(options.palette)
                + u'\n'),
            stderr);
        return 1;
    }

    leadopp::editor::EditorServices services;
    leadopp::ui::MainWindow::Services windowServices = services.forWindow();
    windowServices.files = options.files;
    leadopp::ui::MainWindow window(windowServices);
    // A termination request (logout, kill, Ctrl+C) journals every unsaved edit and then
    // closes like the Quit command.
    leadopp::ui::TerminationNotifier termination;
    QObject::connect(&termination, &leadopp::ui::TerminationNotifier::received, &window,
                     &leadopp::ui::MainWindow::journalAndClose);
    window.show();
    window.offerRecovery();
    return QApplication::exec();
}
