#pragma once

#include <QString>

namespace leadopp::sandbox {

// Members of the partner API's lead body that the sandbox reads and writes.
inline const QString kLead = QStringLiteral("leadOpportunity");
inline const QString kPartnerId = QStringLiteral("partnerLeadOpportunityId");
inline const QString kDsId = QStringLiteral("dsLeadOpportunityId");

} // namespace leadopp::sandbox
