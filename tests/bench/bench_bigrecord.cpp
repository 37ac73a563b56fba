// Times the editor's steps on a 5,000-offer-line draft with 200 customer contacts (some
// duplicates and errors among them) and prints each time with its ratio to parsing the same
// record with QJsonDocument, measured in the same run. Times are CPU time of this thread:
// on a shared machine wall time mostly measures the scheduler.
#include "core/document/document.h"
#include "core/document/draft.h"
#include "core/validation/validator.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"

#include <QApplication>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>

namespace {

using namespace leadopp;

int g_rounds = 7;
const char *g_only = nullptr; ///< run only the steps whose name holds this text (profiling)

QJsonObject offerLine(int i)
{
    static const char *const types[]
        = { "UPFRONT", "RENTAL_BOOKING", "SUPPORT_SERVICES", "SERVICES_SIGNING" };
    // Every 97th line repeats the line before it; a few carry typical mistakes.
    const int source = i % 97 == 96 ? i - 1 : i;
    QJsonObject line { { QStringLiteral("offerNameId"),
                         QStringLiteral("OFFER-%1").arg(source % 700) },
                       { QStringLiteral("revenueType"), QLatin1String(types[source % 4]) },
                       { QStringLiteral("amount"), 1000.0 + source * 12.5 } };
    if (i % 250 == 3)
        line.insert(QStringLiteral("amount"), QStringLiteral("12,5"));
    if (i % 333 == 7)
        line.insert(QStringLiteral("revenueType"), QStringLiteral("upfront"));
    if (i % 400 == 11)
        line.insert(QStringLiteral("amount"), -50.0);
    if (i % 600 == 13)
        line.remove(QStringLiteral("offerNameId"));
    return line;
}

QJsonObject contact(int i)
{
    const int source = i % 40 == 39 ? i - 5 : i;
    QJsonObject row { { QStringLiteral("firstName"), QStringLiteral("First%1").arg(source) },
                      { QStringLiteral("lastName"), QStringLiteral("Last%1").arg(source) },
                      { QStringLiteral("email"),
                        QStringLiteral("person%1@customer.example.com").arg(source) },
                      { QStringLiteral("phoneNumber"), QStringLiteral("+33 1 23 45 %1").arg(i) },
                      { QStringLiteral("jobTitle"), QStringLiteral("Engineer") } };
    if (i % 50 == 17)
        row.insert(QStringLiteral("email"), QStringLiteral("not an address"));
    return row;
}

QJsonObject bigRecord(int lines, int contacts)
{
    QJsonArray offerLines;
    for (int i = 0; i < lines; ++i)
        offerLines.append(offerLine(i));
    QJsonArray customerContacts;
    for (int i = 0; i < contacts; ++i)
        customerContacts.append(contact(i));
    const QJsonObject opportunity {
        { QStringLiteral("partnerLeadOpportunityId"), QStringLiteral("CRM-4711") },
        { QStringLiteral("name"), QStringLiteral("Fleet renewal") },
        { QStringLiteral("status"), QStringLiteral("QUALIFIED") },
        { QStringLiteral("closeDate"), QStringLiteral("2026-12-31") },
        { QStringLiteral("currency"), QStringLiteral("EUR") },
    };
    const QJsonObject entity {
        { QStringLiteral("name"), QStringLiteral("Example Industries") },
        { QStringLiteral("city"), QStringLiteral("Lyon") },
        { QStringLiteral("country"), QStringLiteral("FR") },
        { QStringLiteral("vatNumber"), QStringLiteral("FR12345678901") },
    };
    const QJsonArray partners { QJsonObject {
        { QStringLiteral("salesRepFirstName"), QStringLiteral("Ann") },
        { QStringLiteral("salesRepLastName"), QStringLiteral("Rep") },
        { QStringLiteral("salesRepEmail"), QStringLiteral("ann.rep@partner.example.com") } } };
    return QJsonObject { { QStringLiteral("leadOpportunity"), opportunity },
                         { QStringLiteral("offerLines"), offerLines },
                         { QStringLiteral("customerLegalEntity"), entity },
                         { QStringLiteral("customerContacts"), customerContacts },
                         { QStringLiteral("partnerContacts"), partners } };
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double bestMs(const std::function<void()> &run)
{
    double best = 1e300;
    for (int round = 0; round < g_rounds; ++round) {
        const double start = cpuMs();
        run();
        best = std::min(best, cpuMs() - start);
    }
    return best;
}

double g_baseline = 1;

void measure(const char *step, const std::function<void()> &run, double target)
{
    if (g_only && !std::strstr(step, g_only))
        return;
    const double ms = bestMs(run);
    std::printf("%-44s %9.3f ms  x%7.2f parse  (target < %g ms)\n", step, ms, ms / g_baseline,
                target);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int lines = argc > 1 ? std::atoi(argv[1]) : 5000;
    if (argc > 2)
        g_rounds = std::max(1, std::atoi(argv[2]));
    if (argc > 3)
        g_only = argv[3];
    const QJsonObject record = bigRecord(lines, 200);
    const QByteArray json = QJsonDocument(record).toJson(QJsonDocument::Compact);
    const core::ExportMode mode = core::ExportMode::Update;
    qsizetype sink = 0;
    g_baseline = bestMs([&] { sink += QJsonDocument::fromJson(json).object().size(); });
    std::printf("%d offer lines, 200 contacts, %.1f KiB; best of %d rounds, thread CPU time\n",
                lines, double(json.size()) / 1024.0, g_rounds);
    std::printf("%-44s %9.3f ms  (baseline)\n", "QJsonDocument::fromJson", g_baseline);

    if (g_only && std::strcmp(g_only, "dump") == 0) {
        // Every finding of the record as built and as parsed back (numbers then come back as
        // integers where they can): comparing two builds' dumps shows the same behaviour.
        const QJsonObject parsed = QJsonDocument::fromJson(json).object();
        for (const QJsonObject &input : { record, parsed }) {
            for (const core::Finding &finding : core::validateRecord(input, mode))
                std::printf("%s\t%s\t%s\n", qPrintable(finding.path), qPrintable(finding.rule),
                            qPrintable(finding.message));
        }
        return 0;
    }
    const int target = std::min(4000, lines - 1);
    const core::FieldPath amount = core::FieldPath()
                                       .member(QStringLiteral("offerLines"))
                                       .index(target)
                                       .member(QStringLiteral("amount"));
    measure(
        "validateRecord", [&] { sink += core::validateRecord(record, mode).size(); }, 60);
    measure(
        "validatePaths {leadOpportunity.status}",
        [&] {
            sink += core::validatePaths(record, mode,
                                        { core::FieldPath::parse(u"leadOpportunity.status") })
                        .size();
        },
        5);
    measure(
        "validatePaths {offerLines[4000].amount}",
        [&] { sink += core::validatePaths(record, mode, { amount }).size(); }, 30);
    measure(
        "validatePaths {offerLines} (settle)",
        [&] {
            sink += core::validatePaths(record, mode, { core::FieldPath::parse(u"offerLines") })
                        .size();
        },
        30);

    core::Document document(core::Draft { record, {}, {}, {} });
    int flip = 0;
    measure(
        "Document::setValue amount", [&] { document.setValue(amount, QJsonValue(double(++flip))); },
        5);

    ui::EditSession session(&document);
    ui::SectionTableModel model(&session, core::Section::OfferLines);
    measure(
        "EditSession::setValue amount",
        [&] { session.setValue(amount, QJsonValue(double(++flip))); }, 5);
    const QModelIndex cell = model.index(target, model.columnOf(QStringLiteral("amount")));
    measure(
        "SectionTableModel::setData amount", [&] { model.setData(cell, QVariant(double(++flip))); },
        5);
    measure(
        "EditSession::settleValidation",
        [&] {
            session.setValue(amount, QJsonValue(double(++flip)));
            session.settleValidation();
        },
        30);
    measure(
        "EditSession::insertRow (row 2000)",
        [&] { session.insertRow(core::Section::OfferLines, 2000, offerLine(2000)); }, 40);
    measure(
        "EditSession::removeRow (row 2000)",
        [&] { session.removeRow(core::Section::OfferLines, 2000); }, 40);
    measure(
        "Document::setDraft (reset + revalidation)",
        [&] {
            document.setDraft(core::Draft { record, {}, {}, {} });
        },
        60);
    std::printf("(%lld findings, total %.1f, sink %lld)\n",
                static_cast<long long>(session.findings().size()), model.totalAmount(),
                static_cast<long long>(sink));
    return 0;
}
