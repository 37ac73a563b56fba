// Maps 5,000 errors against a 5,000-line draft and prints the time with two ratios
// measured in the same run: against merely parsing the body with QJsonDocument, and
// against mapping 500 errors (about 10 when the mapper is linear). Times are CPU time of
// this thread: on a shared machine wall time mostly measures the scheduler.
#include "core/errors/errormapper.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

namespace {

constexpr int kLines = 5000;
constexpr int kRounds = 7;

QJsonObject recordWithLines(int lines)
{
    QJsonArray offerLines;
    for (int i = 0; i < lines; ++i) {
        offerLines.append(
            QJsonObject { { QStringLiteral("offerNameId"), QStringLiteral("OFFER_%1").arg(i) },
                          { QStringLiteral("amount"), i } });
    }
    return QJsonObject {
        { QStringLiteral("leadOpportunity"),
          QJsonObject { { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("CRM-1") } } },
        { QStringLiteral("offerLines"), offerLines }
    };
}

// Four notations in turn, so parsing and resolving both do real work.
QByteArray partnerBody(int errors)
{
    QJsonArray items;
    for (int i = 0; i < errors; ++i) {
        const int row = i % kLines;
        QString pointer;
        switch (i % 4) {
        case 0:
            pointer = QStringLiteral("#/offerLines/%1/amount").arg(row);
            break;
        case 1:
            pointer = QStringLiteral("offerLines[%1].offerNameId").arg(row);
            break;
        case 2:
            pointer = QStringLiteral("$.data.offer_lines[%1].revenue_type").arg(row);
            break;
        default:
            pointer = QStringLiteral("/offerLines/%1/discount").arg(row);
            break;
        }
        items.append(
            QJsonObject { { QStringLiteral("detail"), QStringLiteral("Rejected value %1.").arg(i) },
                          { QStringLiteral("pointer"), pointer } });
    }
    const QJsonObject problem { { QStringLiteral("title"), QStringLiteral("Bad Request") },
                                { QStringLiteral("errors"), items } };
    return QJsonDocument(QJsonObject { { QStringLiteral("error"), QJsonArray { problem } } })
        .toJson();
}

// Django style: {"offerLines": {"0": {"amount": ["..."]}, ...}}
QByteArray nestedBody(int errors)
{
    QJsonObject rows;
    for (int i = 0; i < errors; ++i) {
        rows.insert(QString::number(i % kLines),
                    QJsonObject { { QStringLiteral("amount"),
                                    QJsonArray { QStringLiteral("Bad %1.").arg(i) } } });
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("offerLines"), rows } }).toJson();
}

double bestMs(const std::function<void()> &run)
{
    double best = 1e300;
    for (int round = 0; round < kRounds; ++round) {
        timespec start {};
        timespec end {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
        run();
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
        const double ms
            = double(end.tv_sec - start.tv_sec) * 1e3 + double(end.tv_nsec - start.tv_nsec) / 1e6;
        best = std::min(best, ms);
    }
    return best;
}

void report(const char *dialect, const std::function<QByteArray(int)> &makeBody,
            const QJsonObject &record)
{
    const QByteArray large = makeBody(5000);
    const QByteArray small = makeBody(500);
    qsizetype mapped = 0;
    const double parseMs
        = bestMs([&] { mapped += QJsonDocument::fromJson(large).object().size(); });
    const double map5000
        = bestMs([&] { mapped += leadopp::core::mapErrors(large, 400, record).errors.size(); });
    const double map500
        = bestMs([&] { mapped += leadopp::core::mapErrors(small, 400, record).errors.size(); });
    std::printf("%-8s body %7.1f KiB  parse %8.2f ms  map 5000 %8.2f ms  map 500 %7.2f ms  "
                "map/parse %5.1f  5000/500 %5.1f  (%lld entries)\n",
                dialect, double(large.size()) / 1024.0, parseMs, map5000, map500, map5000 / parseMs,
                map5000 / map500, static_cast<long long>(mapped));
}

} // namespace

int main()
{
    const QJsonObject record = recordWithLines(kLines);
    std::printf(
        "mapErrors: 5,000 errors against a %d-line draft, best of %d rounds, thread CPU time\n",
        kLines, kRounds);
    report("partner", partnerBody, record);
    report("nested", nestedBody, record);
    return 0;
}
