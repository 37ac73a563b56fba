// Name folding and the lookups by folded name of the field catalogue: the error mapper
// calls them for every path segment of every error, so the folded names of the catalogue
// are computed once and the name looked up is folded without allocating.
#include "core/fieldcatalogue.h"
#include "core/foldedname.h"

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
