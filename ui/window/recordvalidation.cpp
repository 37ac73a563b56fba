#include "ui/window/recordvalidation.h"

namespace leadopp::ui {

PendingValidation validateAside(const QJsonObject &record, core::ExportMode mode)
{
    return std::async(std::launch::async,
                      [record, mode] {
                          return RecordValidation { core::validateRecord(record, mode), mode };
                      })
        .share();
}

} // namespace leadopp::ui
