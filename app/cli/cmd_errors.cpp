// leadopp errors RESPONSE [--draft FILE] [--status CODE] [--json]
#include "cliio.h"
#include "commands.h"
#include "console.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/documentreader.h"
#include "core/codec/readerparse.h"
#include "core/errors/errormapper.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadopp::cli {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QByteArray mappedJson(const core::MappedErrors &mapped)
{
    QJsonArray errors;
    for (const core::FieldError &error : mapped.errors) {
        errors.append(QJsonObject { { QStringLiteral("path"), error.path },
                                    { QStringLiteral("match"), core::matchKindName(error.match) },
                                    { QStringLiteral("message"), error.message },
                                    { QStringLiteral("code"), stringOrNull(error.code) },
                                    { QStringLiteral("rawPath"), stringOrNull(error.rawPath) } });
    }
    const QJsonObject root { { QStringLiteral("status"),
                               mapped.status > 0 ? QJsonValue(mapped.status) : QJsonValue() },
                             { QStringLiteral("traceId"), stringOrNull(mapped.traceId) },
                             { QStringLiteral("errors"), errors } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString formatError(const core::FieldError &error)
{
    QString line = QStringLiteral("  ") + core::FieldCatalogue::labelForPath(error.path);
    if (!error.path.isEmpty())
        line += QStringLiteral(" (") + error.path + u')';
    if (error.match == core::MatchKind::Partial)
        line += QStringLiteral(" [") + QCoreApplication::translate("leadopp", "partial") + u']';
    line += QStringLiteral(": ") + error.message;
    if (!error.code.isEmpty())
        line += QStringLiteral(" [") + error.code + u']';
    return line + u'\n';
}

QString formatMapped(const core::MappedErrors &mapped)
{
    QString text = mapped.status > 0
        ? QCoreApplication::translate("leadopp", "HTTP %1").arg(mapped.status)
        : QCoreApplication::translate("leadopp", "HTTP status unknown");
    if (!mapped.traceId.isEmpty())
        text += QStringLiteral(" · ")
            + QCoreApplication::translate("leadopp", "trace id %1").arg(mapped.traceId);
    text += u'\n'
        + QCoreApplication::translate("leadopp", "%n error(s):", nullptr, int(mapped.errors.size()))
        + u'\n';
    for (const core::FieldError &error : mapped.errors)
        text += formatError(error);
    return text;
}

// The record the paths resolve against: --draft, else the echo of a 400 response.
bool recordFor(const QString &command, const QString &draftPath, const QByteArray &response,
               QJsonObject &record)
{
    core::Draft draft;
    if (!draftPath.isEmpty()) {
        if (!readDraftFile(command, draftPath, draft))
            return false;
        record = draft.record;
        return true;
    }
    const core::ReadResult read = core::readDocument(response);
    if (read.ok && read.shape == core::InputShape::RejectedResponse)
        record = read.draft.record;
    return true;
}

bool readResponse(const QString &command, const QString &path, QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("%1: %2\n")
                     .arg(command,
                          QCoreApplication::translate("leadopp", "cannot read '%1': %2")
                              .arg(path, file.errorString())));
        return false;
    }
    // The same cap as every other input: read one byte past it so a file that grows while
    // it is read is still refused, and never hold more than that in memory.
    bytes = file.read(core::kMaxDocumentBytes + 1);
    if (bytes.size() > core::kMaxDocumentBytes) {
        bytes.clear();
        printErr(QStringLiteral("%1: %2\n")
                     .arg(command,
                          QCoreApplication::translate(
                              "leadopp", "'%1' is too large; a response is read up to %2 MB.")
                              .arg(path)
                              .arg(core::kMaxDocumentBytes / (1024 * 1024))));
        return false;
    }
    return true;
}

// The options of `leadopp errors`, added to `parser`.
struct ErrorsOptions {
    QCommandLineOption draft { QStringLiteral("draft"),
                               QCoreApplication::translate(
                                   "leadopp",
                                   "Resolve paths against this draft (default: the "
                                   "record a 400 response echoes)."),
                               QStringLiteral("FILE") };
    QCommandLineOption status { QStringLiteral("status"),
                                QCoreApplication::translate(
                                    "leadopp",
                                    "The HTTP status of the response (default: info.statusCode)."),
                                QStringLiteral("CODE") };
    QCommandLineOption json { QStringLiteral("json"),
                              QCoreApplication::translate("leadopp", "Print one JSON object.") };

    explicit ErrorsOptions(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "leadopp",
            "Maps an error response onto the fields of the draft it rejected.\n"
            "Exit status: 0 the response was read, 2 unreadable input or usage error."));
        parser.addPositionalArgument(
            QStringLiteral("RESPONSE"),
            QCoreApplication::translate("leadopp", "The response body file."));
        parser.addOptions({ draft, status, json });
    }
};

// --status as given, 0 when absent; -1 (the reason printed) when it is no status code.
int statusOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                 const QString &command)
{
    bool statusOk = true;
    const int status = parser.isSet(option) ? parser.value(option).toInt(&statusOk) : 0;
    if (statusOk && status >= 0 && status <= 999)
        return status;
    printErr(
        QStringLiteral("%1: %2\n")
            .arg(command,
                 QCoreApplication::translate("leadopp", "--status needs an HTTP status code")));
    return -1;
}

} // namespace

int runErrors(const QStringList &arguments)
{
    QCommandLineParser parser;
    const ErrorsOptions options(parser);
    if (const int exit = parseCommandLine(parser, arguments, 1); exit >= 0)
        return exit;

    const QString command = arguments.value(0);
    const int status = statusOption(parser, options.status, command);
    if (status < 0)
        return ExitUsage;
    QByteArray response;
    QJsonObject record;
    if (!readResponse(command, parser.positionalArguments().constFirst(), response)
        || !recordFor(command, parser.value(options.draft), response, record))
        return ExitUsage;
    const core::MappedErrors mapped = core::mapErrors(response, status, record);
    if (parser.isSet(options.json))
        writeOut(mappedJson(mapped));
    else
        printOut(formatMapped(mapped));
    return ExitOk;
}

} // namespace leadopp::cli
