// Test-only helper: prints the export body (or the draft bytes) of one input file, so
// scripts can check it against the API's JSON schema.
// Usage: leadopp_export_tool FILE [--create | --update | --draft]
#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>

using namespace leadopp::core;

namespace {

int fail(const QString &message)
{
    QFile err;
    if (err.open(stderr, QIODevice::WriteOnly))
        err.write(message.toUtf8() + '\n');
    return 2;
}

QByteArray output(const ReadResult &read, const QString &option)
{
    if (option == QLatin1String("--draft"))
        return writeDraft(read.draft);
    ExportMode mode = defaultExportMode(read.draft.record);
    if (option == QLatin1String("--create"))
        mode = ExportMode::Create;
    else if (option == QLatin1String("--update"))
        mode = ExportMode::Update;
    return exportBody(read.draft.record, mode);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.size() > 3)
        return fail(QStringLiteral("usage: leadopp_export_tool FILE [--create|--update|--draft]"));
    const ReadResult read = readDocumentFile(args.at(1));
    if (!read.ok)
        return fail(read.error);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write to standard output"));
    out.write(output(read, args.value(2)));
    return 0;
}
