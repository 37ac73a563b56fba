#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QString>
#include <array>

namespace leadopp::ui::sectiontabs {

/// The sections as a draft's tabs, in the order a rep reads a lead in.
inline constexpr std::array<core::Section, 5> kOrder
    = { core::Section::Opportunity, core::Section::OfferLines, core::Section::CustomerLegalEntity,
        core::Section::CustomerContacts, core::Section::PartnerContacts };

/// The tab of a section.
int tabOf(core::Section section);
/// A section's tab title, translated.
QString title(core::Section section);

} // namespace leadopp::ui::sectiontabs
