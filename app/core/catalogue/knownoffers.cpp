#include "core/catalogue/knownoffers.h"

#include <algorithm>

namespace leadopp::core {

const QStringList &knownOfferPrefixes()
{
    static const QStringList prefixes {
        QStringLiteral("3DEXPERIENCE_"), QStringLiteral("MDMIND"),  QStringLiteral("SOLIDWORKS_"),
        QStringLiteral("CATIA_"),        QStringLiteral("ENOVIA_"), QStringLiteral("SIMULIA_"),
        QStringLiteral("DELMIA_"),       QStringLiteral("3DVIA_"),
    };
    return prefixes;
}

const QStringList &knownOffers()
{
    static const QStringList offers {
        QStringLiteral("3DEXPERIENCE_Design/Engineering_On_Premise"),
        QStringLiteral("3DEXPERIENCE_Simulation_Cloud"),
        QStringLiteral("MDMIND00022_PUBL_ISE00002687_IPE00021337"),
        QStringLiteral("SOLIDWORKS_Premium"),
        QStringLiteral("CATIA_Mechanical_Design"),
        QStringLiteral("ENOVIA_Collaborative_Innovation"),
        QStringLiteral("SIMULIA_Structural_Analysis"),
        QStringLiteral("DELMIA_Manufacturing_Planning"),
        QStringLiteral("3DVIA_Composer"),
    };
    return offers;
}

bool hasKnownOfferPrefix(const QString &offerNameId)
{
    const QStringList &prefixes = knownOfferPrefixes();
    return std::any_of(prefixes.cbegin(), prefixes.cend(), [&offerNameId](const QString &prefix) {
        return offerNameId.startsWith(prefix);
    });
}

} // namespace leadopp::core
