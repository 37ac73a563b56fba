#include "core/errormapper.h"

namespace leadopp::core {

// Placeholder: replaced by the real mapper.
MappedErrors mapErrors(const QByteArray &, int httpStatus, const QJsonObject &)
{
    MappedErrors mapped;
    mapped.status = httpStatus;
    return mapped;
}

} // namespace leadopp::core
