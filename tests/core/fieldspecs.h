#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QString>
#include <cstdlib>
#include <gtest/gtest.h>

namespace leadopp::test {

/// The catalogue's row for `pattern` ("offerLines[].amount"). A pattern the catalogue lacks
/// is a mistake in the test: it fails, and stops the run rather than read a missing row.
inline const core::FieldSpec &fieldSpec(const char *pattern)
{
    const core::FieldSpec *found = core::FieldCatalogue::find(QString::fromLatin1(pattern));
    if (!found) {
        ADD_FAILURE() << "no field " << pattern << " in the catalogue";
        std::abort();
    }
    return *found;
}

} // namespace leadopp::test
