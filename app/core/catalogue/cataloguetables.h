#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QStringList>
#include <QStringView>

namespace leadopp::core {

/// The codes of the enum field with this member name, in the contract's order, from the
/// one table of enum codes and labels (enumlabels.cpp); the field rows take theirs from it.
QStringList enumCodes(QStringView memberName);

/// Adds a field row to the catalogue, after the last row of its section (form order runs
/// section by section). Only before anything reads the catalogue (every index over it is
/// built on first use), so in practice from a static initialiser: it lets a test prove that
/// one row is all a new field needs. False when the pattern is taken.
bool appendCatalogueRow(const FieldSpec &spec);

} // namespace leadopp::core
