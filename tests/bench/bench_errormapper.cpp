// Maps 5,000 errors against a 5,000-line draft and prints the time with two ratios
// measured in the same run: against merely parsing the body with QJsonDocument, and
// against mapping 500 errors (about 10 when the mapper is linear). Times are CPU time of
// this thread: on a shared machine wall time mostly measures the scheduler.
#include "benchclock.h"
#include "bigdraft.h"
#include "core/errors/errormapper.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <functional>

namespace {

constexpr int kLines = 5000;
constexpr double kLinearRatioTarget = 11;

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

void report(const char *dialect, const std::function<QByteArray(int)> &makeBody,
            const QJsonObject &record)
{
    const QByteArray large = makeBody(5000);
    const QByteArray small = makeBody(500);
    qsizetype mapped = 0;
    // The three take turns, so that each figure and both sides of the ratio come from the
    // same stretch of time.
    const std::vector<double> best = leadopp::bench::bestInTurns(
        { [&] { mapped += QJsonDocument::fromJson(large).object().size(); },
          [&] { mapped += leadopp::core::mapErrors(large, 400, record).errors.size(); },
          [&] { mapped += leadopp::core::mapErrors(small, 400, record).errors.size(); } });
    const double parseMs = best.at(0);
    const double map5000 = best.at(1);
    const double map500 = best.at(2);
    std::printf("%s notation, body %.1f KiB, %lld entries mapped in all\n", dialect,
                double(large.size()) / 1024.0, static_cast<long long>(mapped));
    leadopp::bench::printAbsolute("  parse the body (baseline)", parseMs, 0);
    leadopp::bench::printAbsolute("  map 5,000 errors", map5000, 20);
    // Linear is 10; a little above it is the larger working set missing the caches.
    leadopp::bench::printRatio("  map 5,000 / map 500 (linear is 10)", map5000 / map500,
                               kLinearRatioTarget);
}

} // namespace

int main()
{
    const QJsonObject record = leadopp::test::bigDraftRecord({ kLines, 500 });
    std::printf("mapErrors: 5,000 errors against the generated %d-line draft, best of at "
                "least %d rounds taking turns over 1.5 s, thread CPU time\n",
                kLines, leadopp::bench::rounds());
    report("partner", partnerBody, record);
    report("nested", nestedBody, record);
    return 0;
}
