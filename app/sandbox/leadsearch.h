#pragma once

#include "sandbox/apireply.h"

#include <QJsonObject>
#include <QList>

namespace leadopp::sandbox {

/// POST .../leads-opportunities/search: criteria `modifiedDate` {fromDate, toDate} (both
/// required, at most 7 days apart) and `partnerLeadOpportunityId` (a string or a list; ""
/// finds leads without one), combined with AND. Answers the 3DS ids only.
ApiReply searchLeads(const QList<QJsonObject> &records, const QJsonObject &body);

} // namespace leadopp::sandbox
