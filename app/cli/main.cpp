// leadopp: validate, export, diff, map errors, submit, get, search and serve the sandbox from
// scripts.
#include "commands.h"
#include "console.h"
#include "core/translators.h"
#include "remoteloader.h"

#include <QCoreApplication>
#include <QLocale>

using namespace leadopp::cli;

namespace {

struct Command {
    const char *name;
    int (*run)(const QStringList &); ///< null: a network command, run from its module
    const char *summary;
};

const Command kCommands[] = {
    { "validate", runValidate,
      QT_TRANSLATE_NOOP("leadopp", "check a draft against the API rules") },
    { "export", runExport,
      QT_TRANSLATE_NOOP("leadopp", "write the request body the API would receive") },
    { "diff", runDiff,
      QT_TRANSLATE_NOOP("leadopp", "list what a draft changes against its server copy") },
    { "errors", runErrors,
      QT_TRANSLATE_NOOP("leadopp", "map an error response onto the draft's fields") },
    { "submit", nullptr, QT_TRANSLATE_NOOP("leadopp", "send a draft to an environment") },
    { "get", nullptr, QT_TRANSLATE_NOOP("leadopp", "fetch a lead by its 3DS id as a draft") },
    { "search", nullptr,
      QT_TRANSLATE_NOOP("leadopp", "list leads by modification window or partner id") },
    { "sandbox", nullptr,
      QT_TRANSLATE_NOOP("leadopp", "serve the partner API sandbox on loopback") },
};

QString usage()
{
    QString text = QCoreApplication::translate("leadopp",
                                               "Usage: leadopp <command> [options]\n\nCommands:\n");
    for (const Command &command : kCommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(9),
                         QCoreApplication::translate("leadopp", command.summary));
    }
    text += QCoreApplication::translate(
        "leadopp", "\nRun 'leadopp <command> --help' for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadopp"));
    QCoreApplication::setOrganizationName(QStringLiteral("leadopp"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADOPP_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    // LANG / LC_ALL / LANGUAGE choose the language of the text output, its numbers' notation
    // too; --json output is for scripts and reads the same in every language.
    if (!arguments.contains(QLatin1String("--json")))
        leadopp::core::installTranslators(app);
    else
        QLocale::setDefault(QLocale::c());
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        printOut(QStringLiteral("leadopp %1\n").arg(QCoreApplication::applicationVersion()));
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printOut(usage());
        return ExitOk;
    }
    for (const Command &command : kCommands) {
        if (first == QLatin1String(command.name)) {
            QStringList rest = arguments.mid(2);
            rest.prepend(QStringLiteral("leadopp ") + first);
            return command.run ? command.run(rest) : runRemoteCommand(first, rest);
        }
    }
    printErr(
        first.isEmpty()
            ? usage()
            : QCoreApplication::translate("leadopp", "leadopp: unknown command '%1'\n\n").arg(first)
                + usage());
    return ExitUsage;
}
