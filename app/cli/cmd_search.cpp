// leadopp search (--modified-since DATE [--until DATE] | --partner-id ID...) --env NAME|URL
//                [--json]
#include "cliio.h"
#include "commands.h"
#include "console.h"
#include "remote.h"

#include "core/codec/exporter.h"
#include "net/leadfinder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <functional>

namespace leadopp::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leadopp search", text);
}

// A date ("2025-08-04") is the start of that day in UTC; a date-time keeps its zone.
QDateTime parseMoment(const QString &text)
{
    const QString iso = core::toIsoUtc(text);
    return iso.isNull() ? QDateTime() : QDateTime::fromString(iso, Qt::ISODateWithMs);
}

struct Found {
    QStringList ids;
    net::ApiResult result;
    int searches = 0;
};

Found runFinder(RemoteSession &remote, const std::function<bool(net::LeadFinder &)> &start)
{
    Found found;
    net::LeadFinder finder(&remote.client(), remote.environment(), remote.apiKey());
    QEventLoop loop;
    QObject::connect(&finder, &net::LeadFinder::finished, &loop,
                     [&](const QStringList &ids, const net::ApiResult &result) {
                         found.ids = ids;
                         found.result = result;
                         loop.quit();
                     });
    if (start(finder))
        loop.exec();
    found.searches = finder.requestsSent();
    return found;
}

void printFound(const Found &found, bool json)
{
    if (!json) {
        printOut(found.ids.isEmpty() ? QString() : found.ids.join(u'\n') + u'\n');
        return;
    }
    const QJsonObject object { { QStringLiteral("ids"), QJsonArray::fromStringList(found.ids) },
                               { QStringLiteral("searches"), found.searches },
                               { QStringLiteral("traceId"), found.result.traceId } };
    writeOut(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

struct Criteria {
    QDateTime since;
    QDateTime until;
    QStringList partnerIds;
};

// An error sentence, or an empty one when the criteria are usable.
QString readCriteria(const QCommandLineParser &parser, Criteria &criteria)
{
    criteria.partnerIds = parser.values(QStringLiteral("partner-id"));
    const bool byWindow = parser.isSet(QStringLiteral("modified-since"));
    if (byWindow == !criteria.partnerIds.isEmpty())
        return tr("give either --modified-since or --partner-id.");
    if (!byWindow)
        return QString();
    criteria.since = parseMoment(parser.value(QStringLiteral("modified-since")));
    // "--until 2025-08-10" takes that day in: up to its end, not its first instant.
    const QString until = parser.value(QStringLiteral("until")).trimmed();
    criteria.until = until.isEmpty() ? QDateTime::currentDateTimeUtc()
        : until.size() == 10         ? parseMoment(until).addDays(1)
                                     : parseMoment(until);
    if (!criteria.since.isValid() || !criteria.until.isValid())
        return tr("dates must be ISO 8601 dates or date-times (2025-08-04, 2025-08-04T08:00:00Z).");
    return criteria.since > criteria.until ? tr("--until lies before --modified-since.")
                                           : QString();
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        { QStringLiteral("modified-since"), tr("Leads modified from DATE on (UTC)."),
          QStringLiteral("DATE") },
        { QStringLiteral("until"),
          tr("... up to DATE (a date: to its end, the day included; default: now)."),
          QStringLiteral("DATE") },
        { QStringLiteral("partner-id"), tr("Leads with this partner opportunity id (repeatable)."),
          QStringLiteral("ID") },
        { QStringLiteral("env"),
          tr("Environment id (sandbox, ppt, qal, ptd, ppd, prd) or base URL."),
          QStringLiteral("NAME|URL") },
        { QStringLiteral("json"), tr("Print {\"ids\": [...], \"searches\": N} as JSON.") },
    });
}

} // namespace

int runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the 3DS ids of the leads modified in a window (longer than seven days: one "
           "search per seven days) or carrying a partner opportunity id.\nExit status: 0 "
           "searched (found or not), 2 usage or setup error, 3 network or server failure."));
    addOptions(parser);
    const QString command = arguments.value(0);
    if (const int exit = parseCommandLine(parser, arguments, 0); exit >= 0)
        return exit;
    Criteria criteria;
    QString error = readCriteria(parser, criteria);
    if (error.isEmpty() && !parser.isSet(QStringLiteral("env")))
        error = tr("--env is required.");
    if (!error.isEmpty()) {
        printErr(QStringLiteral("%1: %2\n").arg(command, error));
        return ExitUsage;
    }
    RemoteSession remote;
    if (const int exit = remote.open(command, parser.value(QStringLiteral("env"))); exit >= 0)
        return exit;
    const Found found = runFinder(remote, [&](net::LeadFinder &finder) {
        return criteria.partnerIds.isEmpty() ? finder.findModified(criteria.since, criteria.until)
                                             : finder.findPartnerIds(criteria.partnerIds);
    });
    if (!found.result.isAccepted()) {
        printErr(found.result.message + u'\n');
        return exitCodeFor(found.result.kind);
    }
    printFound(found, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

} // namespace leadopp::cli
