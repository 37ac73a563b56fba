#include "core/document/draft.h"

namespace leadopp::core {

QString Draft::dsLeadOpportunityId() const
{
    return record.value(QLatin1String("dsLeadOpportunityId")).toString();
}

} // namespace leadopp::core
