#include "ui/window/recordvalidation.h"

namespace leadopp::ui {

RecordValidation validateAsOpened(const QJsonObject &record, const core::CleanTextProof &cleanText)
{
    const core::ExportMode mode = core::defaultExportMode(record);
    return { core::validateRecord(record, mode, cleanText), mode };
}

PendingValidation validateAside(const QJsonObject &record, const core::CleanTextProof &cleanText)
{
    return std::async(std::launch::async, validateAsOpened, record, cleanText).share();
}

} // namespace leadopp::ui
