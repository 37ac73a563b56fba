#include "core/errors/fielderror.h"

namespace leadopp::core {

QString matchKindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Exact:
        return QStringLiteral("exact");
    case MatchKind::Partial:
        return QStringLiteral("partial");
    case MatchKind::Record:
        break;
    }
    return QStringLiteral("record");
}

} // namespace leadopp::core
