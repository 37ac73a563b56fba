#include "ui/window/recordvalidation.h"

namespace leadopp::ui {

PendingValidation validateAside(const QJsonObject &record, core::ExportMode mode,
                                const core::CleanTextProof &cleanText)
{
    return std::async(
               std::launch::async,
               [record, mode, cleanText] {
                   return RecordValidation { core::validateRecord(record, mode, cleanText), mode };
               })
        .share();
}

} // namespace leadopp::ui
