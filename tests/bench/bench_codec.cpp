// The read and write halves of opening and exporting the generated 5,000-line draft, each
// against Qt's JSON on the same bytes in the same run: reading (checks, parse, normalise)
// against QJsonDocument::fromJson, and writing the export body against toJson(Indented), alone
// and with the rows filtered on the way as the export does.
// Times are CPU time of this thread: on a shared machine wall time mostly measures the
// scheduler.
#include "benchclock.h"
#include "bigdraft.h"
#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"
#include "core/codec/indentedjson.h"
#include "core/codec/readerparse.h"
#include "core/codec/recordnormaliser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace leadopp;
using bench::threadCpuMs;

namespace {

// The best time of `step` over the best time of `baseline`, the two taken in turn round
// after round, so a busy spell on the machine falls on both and not on one.
template<typename Baseline, typename Step>
double bestRatio(const Baseline &baseline, const Step &step)
{
    double bestBase = 1e300;
    double bestStep = 1e300;
    for (int round = 0; round < bench::rounds(); ++round) {
        double start = threadCpuMs();
        baseline();
        bestBase = std::min(bestBase, threadCpuMs() - start);
        start = threadCpuMs();
        step();
        bestStep = std::min(bestStep, threadCpuMs() - start);
    }
    return bestStep / bestBase;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1)
        bench::setRounds(std::atoi(argv[1]));
    const QJsonObject draft { { QStringLiteral("format"), QStringLiteral("leadopp-draft") },
                              { QStringLiteral("version"), 1 },
                              { QStringLiteral("record"), test::bigDraftRecord({}) } };
    const QByteArray bytes = QJsonDocument(draft).toJson();
    const QJsonObject record = core::readDocument(bytes).draft.record;
    const QJsonObject body = core::exportObject(record, core::ExportMode::Create);

    const auto parse = [&] { QJsonDocument::fromJson(bytes); };
    const auto toJson = [&] { QJsonDocument(body).toJson(QJsonDocument::Indented); };
    std::printf("Generated draft file: 5,000 offer lines, 500 contacts, %.0f KB\n",
                double(bytes.size()) / 1000.0);
    bench::printAbsolute("QJsonDocument::fromJson (baseline)", bench::bestMs(parse), 0);
    bench::printRatio("read (checks, parse, normalise) / fromJson",
                      bestRatio(parse, [&] { core::readDocument(bytes); }), 0);
    bench::printRatio("  checks and parse / fromJson",
                      bestRatio(parse, [&] { core::parseObjectBytes(bytes); }), 0);
    bench::printRatio("  normalise a normal record / fromJson",
                      bestRatio(parse, [&] { core::normaliseRecord(record); }), 0);
    bench::printRatio(
        "export object (filter) / fromJson",
        bestRatio(parse, [&] { core::exportObject(record, core::ExportMode::Create); }), 0);
    bench::printAbsolute("QJsonDocument::toJson(Indented) of the body", bench::bestMs(toJson), 0);
    bench::printRatio("toIndentedJson / toJson(Indented)",
                      bestRatio(toJson, [&] { core::toIndentedJson(body); }), 0);
    // What leadopp export does: the rows filtered as they are written, against the two steps
    // above in sequence.
    bench::printRatio(
        "export body (filtered while written) / toJson",
        bestRatio(toJson, [&] { core::exportCanonicalBody(record, core::ExportMode::Create); }), 0);
    return 0;
}
