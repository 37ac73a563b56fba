// leadopp diff FILE [--json]
#include "cliio.h"
#include "commands.h"
#include "console.h"

#include "core/document/changelist.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace leadopp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp diff", text);
}

QJsonValue jsonOrNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue() : value;
}

QByteArray changesJson(const QList<core::FieldChange> &changes, const QSet<QString> &unsentPaths,
                       bool hasBase)
{
    QJsonArray list;
    for (const core::FieldChange &change : changes) {
        list.append(QJsonObject { { QStringLiteral("path"), change.path },
                                  { QStringLiteral("label"), change.label },
                                  { QStringLiteral("before"), jsonOrNull(change.before) },
                                  { QStringLiteral("after"), jsonOrNull(change.after) },
                                  { QStringLiteral("sent"), !unsentPaths.contains(change.path) } });
    }
    const QJsonObject object { { QStringLiteral("hasBase"), hasBase },
                               { QStringLiteral("changes"), list } };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists, field by field, what the draft changes against the server copy it is based "
           "on (old → new): what a partial update sends. A change the update cannot carry (a "
           "cleared date, an emptied section) is marked as not sent: the server keeps its "
           "value.\nExit status: 0 no changes, 1 "
           "changes listed, 2 unreadable input or usage error."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The draft to compare."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the changes as JSON."));
    parser.addOption(json);
    const QString command = arguments.value(0);
    if (const int exit = parseCommandLine(parser, arguments, 1); exit >= 0)
        return exit;
    core::Draft draft;
    if (!readDraftFile(command, parser.positionalArguments().constFirst(), draft))
        return ExitUsage;
    const bool hasBase = !draft.base.isNull();
    if (!hasBase)
        printErr(
            tr("%1: the file has no server copy; every value it holds is new.\n").arg(command));
    const QList<core::FieldChange> changes = core::fieldChanges(draft.base.record, draft.record);
    const QStringList unsent = core::changePaths(core::unsentChanges(draft));
    const QSet<QString> unsentPaths(unsent.cbegin(), unsent.cend());
    if (parser.isSet(json)) {
        writeOut(changesJson(changes, unsentPaths, hasBase));
    } else {
        QString text;
        for (const core::FieldChange &change : changes) {
            text += unsentPaths.contains(change.path) ? core::unsentChangeLine(change)
                                                      : core::changeLine(change);
            text += u'\n';
        }
        printOut(text);
    }
    return changes.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace leadopp::cli
