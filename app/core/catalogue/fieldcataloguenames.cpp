// Name folding and the lookups of the field catalogue by pattern and by folded name: the
// error mapper calls them for every path segment of every error, so the catalogue's
// patterns and folded names are indexed once and the name looked up is neither copied
// nor folded into a new string.
#include "core/catalogue/fieldcatalogue.h"
#include "core/catalogue/foldedname.h"

#include <QHash>

namespace leadopp::core {

namespace {

// Folded section key or alias -> section; the first section naming it wins, as when the
// sections were searched in order.
QHash<QString, const SectionSpec *> buildSectionIndex()
{
    QHash<QString, const SectionSpec *> index;
    for (const SectionSpec &spec : FieldCatalogue::sections()) {
        if (spec.key.isEmpty())
            continue;
        QStringList names { spec.key };
        names += spec.aliases;
        for (const QString &name : std::as_const(names)) {
            const QString folded = FieldCatalogue::foldName(name);
            if (!index.contains(folded))
                index.insert(folded, &spec);
        }
    }
    return index;
}

} // namespace

const FieldSpec *FieldCatalogue::find(QStringView pattern)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> byPattern;
        for (int i = 0; i < fields().size(); ++i)
            byPattern.insert(fields().at(i).pattern, i);
        return byPattern;
    }();
    const auto it = index.constFind(
        QString::fromRawData(reinterpret_cast<const QChar *>(pattern.utf16()), pattern.size()));
    return it == index.cend() ? nullptr : &fields().at(*it);
}

const SectionSpec *FieldCatalogue::sectionByKey(QStringView key)
{
    static const QHash<QString, const SectionSpec *> index = buildSectionIndex();
    const FoldedName folded(key);
    return index.value(folded.rawString(), nullptr);
}

QString FieldCatalogue::foldName(QStringView name)
{
    return FoldedName(name).view().toString();
}

} // namespace leadopp::core
