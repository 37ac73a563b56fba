#include "core/validation/validationvat.h"

#include "core/document/jsonaccess.h"
#include "core/validation/validationcontext.h"
#include "core/validation/validationvalues.h"

#include <QCoreApplication>

#include <QRegularExpression>

namespace leadopp::core::validation {

namespace {

struct Row {
    const char *iso;
    const char *prefix;
    const char *pattern;
    const char *names; // '|'-separated, UTF-8
};

// VIES number formats (prefix, then the national part).
// clang-format off
const Row kRows[] = {
    {"AT", "AT", "U\\d{8}", "Austria|Autriche|Österreich|AUT"},
    {"BE", "BE", "[01]\\d{9}", "Belgium|Belgique|Belgien|België|BEL"},
    {"BG", "BG", "\\d{9,10}", "Bulgaria|Bulgarie|Bulgarien|България|BGR"},
    {"HR", "HR", "\\d{11}", "Croatia|Croatie|Kroatien|Hrvatska|HRV"},
    {"CY", "CY", "\\d{8}[A-Z]", "Cyprus|Chypre|Zypern|Κύπρος|Kıbrıs|CYP"},
    {"CZ", "CZ", "\\d{8,10}", "Czechia|Czech Republic|Tchéquie|République tchèque|Tschechien|Česko|Česká republika|CZE"},
    {"DK", "DK", "\\d{8}", "Denmark|Danemark|Dänemark|Danmark|DNK"},
    {"EE", "EE", "\\d{9}", "Estonia|Estonie|Estland|Eesti|EST"},
    {"FI", "FI", "\\d{8}", "Finland|Finlande|Finnland|Suomi|FIN"},
    {"FR", "FR", "[0-9A-HJ-NP-Z]{2}\\d{9}", "France|Frankreich|FRA"},
    {"DE", "DE", "\\d{9}", "Germany|Allemagne|Deutschland|DEU"},
    {"GR", "EL", "\\d{9}", "Greece|Grèce|Griechenland|Ελλάδα|Ellada|Hellas|GRC|EL"},
    {"HU", "HU", "\\d{8}", "Hungary|Hongrie|Ungarn|Magyarország|HUN"},
    {"IE", "IE", "\\d{7}[A-WY][A-I]?|\\d[A-Z+*]\\d{5}[A-WY]", "Ireland|Irlande|Irland|Éire|IRL"},
    {"IT", "IT", "\\d{11}", "Italy|Italie|Italien|Italia|ITA"},
    {"LV", "LV", "\\d{11}", "Latvia|Lettonie|Lettland|Latvija|LVA"},
    {"LT", "LT", "\\d{9}|\\d{12}", "Lithuania|Lituanie|Litauen|Lietuva|LTU"},
    {"LU", "LU", "\\d{8}", "Luxembourg|Luxemburg|Lëtzebuerg|LUX"},
    {"MT", "MT", "\\d{8}", "Malta|Malte|MLT"},
    {"NL", "NL", "\\d{9}B\\d{2}", "Netherlands|The Netherlands|Pays-Bas|Niederlande|Nederland|Holland|NLD"},
    {"PL", "PL", "\\d{10}", "Poland|Pologne|Polen|Polska|POL"},
    {"PT", "PT", "\\d{9}", "Portugal|PRT"},
    {"RO", "RO", "\\d{2,10}", "Romania|Roumanie|Rumänien|România|ROU"},
    {"SK", "SK", "\\d{10}", "Slovakia|Slovaquie|Slowakei|Slovensko|SVK"},
    {"SI", "SI", "\\d{8}", "Slovenia|Slovénie|Slowenien|Slovenija|SVN"},
    {"ES", "ES", "[A-Z0-9]\\d{7}[A-Z0-9]", "Spain|Espagne|Spanien|España|ESP"},
    {"SE", "SE", "\\d{12}", "Sweden|Suède|Schweden|Sverige|SWE"},
};
// clang-format on

// Case- and accent-insensitive key: "Österreich" and "OSTERREICH" meet.
QString foldCountry(const QString &name)
{
    const QString decomposed = name.trimmed().normalized(QString::NormalizationForm_D);
    QString folded;
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded.simplified();
}

QList<EuCountry> buildCountries()
{
    QList<EuCountry> countries;
    for (const Row &row : kRows) {
        EuCountry country;
        country.iso = QString::fromLatin1(row.iso);
        country.vatPrefix = QString::fromLatin1(row.prefix);
        country.names = QString::fromUtf8(row.names).split(u'|');
        country.names.append(country.iso);
        for (const QString &name : std::as_const(country.names))
            country.foldedNames.append(foldCountry(name));
        country.format.setPattern(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(country.vatPrefix) + QStringLiteral("(?:")
            + QLatin1StringView(row.pattern) + u')'));
        countries.append(country);
    }
    return countries;
}

} // namespace

const QList<EuCountry> &euCountries()
{
    static const QList<EuCountry> countries = buildCountries();
    return countries;
}

const EuCountry *euCountryByName(const QString &country)
{
    const QString key = foldCountry(country);
    if (key.isEmpty())
        return nullptr;
    for (const EuCountry &candidate : euCountries()) {
        if (candidate.foldedNames.contains(key))
            return &candidate;
    }
    return nullptr;
}

const EuCountry *euCountryByVatPrefix(const QString &vat)
{
    for (const EuCountry &candidate : euCountries()) {
        if (vat.startsWith(candidate.vatPrefix))
            return &candidate;
    }
    return nullptr;
}

QString normaliseVat(const QString &vat)
{
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-]"));
    QString normalised = vat.toUpper();
    normalised.remove(separators);
    return normalised;
}

bool matchesVatFormat(const EuCountry &country, const QString &vat)
{
    return country.format.match(vat).hasMatch();
}

void checkVatAgainstCountry(Context &c)
{
    const FieldPath path = FieldPath::parse(QStringLiteral("customerLegalEntity.vatNumber"));
    const QJsonValue value = valueAt(c.record, path);
    if (!value.isString() || isBlank(value) || isPlaceholder(value.toString()))
        return;
    const QString vat = normaliseVat(value.toString());
    const QJsonValue countryName
        = valueAt(c.record, FieldPath::parse(QStringLiteral("customerLegalEntity.country")));
    const EuCountry *country = euCountryByName(countryName.toString());
    const EuCountry *byPrefix = euCountryByVatPrefix(vat);
    const QString label = labelOf(path);
    if (country && !vat.isEmpty() && vat.at(0).isDigit()) {
        c.warning(path, "vat",
                  QCoreApplication::translate(
                      "Validator", "%1 \"%2\" has no country prefix; for %3 it starts with %4.")
                      .arg(label, value.toString(), countryName.toString(), country->vatPrefix));
    } else if (country && !vat.startsWith(country->vatPrefix)) {
        c.warning(path, "vat",
                  QCoreApplication::translate(
                      "Validator", "%1 \"%2\" does not start with %4, the prefix for %3.")
                      .arg(label, value.toString(), countryName.toString(), country->vatPrefix));
    } else if ((country || byPrefix) && !matchesVatFormat(country ? *country : *byPrefix, vat)) {
        c.warning(path, "vat",
                  QCoreApplication::translate(
                      "Validator", "%1 \"%2\" does not have the format of a VAT number from %3.")
                      .arg(label, value.toString(), country ? country->iso : byPrefix->iso));
    }
}

} // namespace leadopp::core::validation
