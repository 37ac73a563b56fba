#include "ui/common/codelists.h"

#include <QLocale>
#include <QSet>

namespace leadopp::ui {

QStringList currencyCodes()
{
    static const QStringList codes = [] {
        QSet<QString> set;
        const auto locales = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                      QLocale::AnyTerritory);
        for (const QLocale &locale : locales) {
            const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (code.size() == 3)
                set.insert(code);
        }
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list;
    }();
    return codes;
}

QStringList countryNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            // Regions ("World", "Europe") have no locale of their own; countries do.
            if (QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory)
                    .isEmpty())
                continue;
            list.append(QLocale::territoryToString(territory));
        }
        list.removeDuplicates();
        list.sort(Qt::CaseInsensitive);
        return list;
    }();
    return names;
}

} // namespace leadopp::ui
