#pragma once

#include <QLocale>
#include <QString>

namespace leadopp::core {

/// An amount typed or pasted with its currency, as a table shows it ("12.400,50 EUR") or as
/// a rep writes it ("€ 12.400,50"): the number alone when the mark is `currency`'s own (its
/// code in any case, the symbol of the rep's locale when that is the locale's currency, or
/// a sign only one currency uses, as € for EUR). Anything else comes back as it is: an
/// amount marked with another currency stays text, and is refused, never read as this one.
QString withoutCurrency(const QString &text, const QString &currency,
                        const QLocale &locale = QLocale());

} // namespace leadopp::core
