#pragma once

#include <QStringList>

namespace leadopp::core {

/// The brand prefixes an offerNameId starts with (`3DEXPERIENCE_`, `CATIA_`, ...). The
/// sandbox refuses an offer without one; the real list is shared privately by 3DS.
const QStringList &knownOfferPrefixes();

/// Offer ids the editor suggests while an offer is typed: the ones of the API's examples
/// and one to start from for every prefix. Each starts with a known prefix.
const QStringList &knownOffers();

/// True when `offerNameId` starts with one of knownOfferPrefixes().
bool hasKnownOfferPrefix(const QString &offerNameId);

} // namespace leadopp::core
