#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace leadopp::core::validation {

/// One EU member state as the VAT check needs it.
struct EuCountry {
    QString iso;             ///< ISO 3166 alpha-2 ("DE", "GR")
    QString vatPrefix;       ///< VIES prefix ("DE", "EL" for Greece)
    QStringList names;       ///< English, French, German and native names, ISO codes
    QStringList foldedNames; ///< `names` as euCountryByName() compares them
    /// The prefix, then the national part's pattern; compiled at its first use.
    QRegularExpression format;
};

/// The 27 EU member states.
const QList<EuCountry> &euCountries();

/// The EU state a free-text country names ("Germany", "DEUTSCHLAND", "Allemagne", "DE",
/// "Österreich"), compared without case or accents; nullptr when none.
const EuCountry *euCountryByName(const QString &country);

/// The EU state whose VAT prefix starts `vat` (already normalised); nullptr when none.
const EuCountry *euCountryByVatPrefix(const QString &vat);

/// Upper case without spaces, dots or dashes: "de 123.456.789" -> "DE123456789".
QString normaliseVat(const QString &vat);

/// True when the normalised `vat` is the prefix of `country` followed by its pattern.
bool matchesVatFormat(const EuCountry &country, const QString &vat);

struct Context;

/// The VAT rule: for an EU country, the number must carry that country's prefix and
/// format; for another country, a number with an EU prefix must have that state's format.
/// Warnings only: the API takes any text.
void checkVatAgainstCountry(Context &context);

} // namespace leadopp::core::validation
