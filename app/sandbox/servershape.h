#pragma once

#include "core/catalogue/fieldpath.h"

#include <QJsonObject>

namespace leadopp::sandbox {

/// The record as the partner API echoes it in a 400: the 3DS id as `leadOportunityId`,
/// `partnerExternalId` for the partner id, singular contact keys (still
/// arrays); `partnerId` is not echoed.
QJsonObject toServerShape(const QJsonObject &record);
/// A canonical path in the same naming ("customerContacts[0].email" ->
/// "customerContact[0].email", "leadOpportunity.partnerLeadOpportunityId" ->
/// "leadOpportunity.partnerExternalId").
core::FieldPath toServerPath(const core::FieldPath &path);

/// The GET shape: the lead with its sections nested inside and the ids at its top.
QJsonObject toGetShape(const QJsonObject &record);

} // namespace leadopp::sandbox
