// libFuzzer harness: any bytes as a file the editor opens. Whatever reads is saved, read
// again and saved again, and the two saves must be the same bytes (saving is stable and
// loses nothing it wrote); the second read must give the same draft. The record is then
// validated and exported in both modes, and the export must be a JSON object.
#include "core/codec/documentreader.h"
#include "core/codec/exporter.h"
#include "core/validation/validator.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace leadopp::core;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ReadResult first = readDocument(bytes);
    if (!first.ok)
        return 0;
    const QByteArray saved = writeDraft(first.draft);
    const ReadResult second = readDocument(saved);
    if (!second.ok)
        __builtin_trap(); // a saved draft must always read
    const QByteArray savedAgain = writeDraft(second.draft);
    if (savedAgain != saved || !(second.draft == first.draft))
        __builtin_trap();
    for (const ExportMode mode : { ExportMode::Update, ExportMode::Create }) {
        validateRecord(second.draft.record, mode);
        const QByteArray body = exportBody(second.draft.record, mode);
        if (!QJsonDocument::fromJson(body).isObject())
            __builtin_trap();
    }
    return 0;
}
