#include "core/errors/errormapnames.h"

#include "core/catalogue/foldedname.h"

#include <QHash>
#include <QList>

namespace leadopp::core {

namespace {

struct NameIndex {
    QHash<QString, QList<const FieldSpec *>> byName;   ///< folded name or alias
    QHash<QString, QList<const FieldSpec *>> byEnding; ///< folded trailing camel words
};

// "salesRepEmail" ends with the words "RepEmail" and "Email": a bare "email" could mean
// it as well, so such a name is not unique.
void addEndings(NameIndex &index, const FieldSpec &field)
{
    const QString name = field.name();
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (name.at(i).isUpper())
            index.byEnding[FieldCatalogue::foldName(QStringView(name).mid(i))].append(&field);
    }
}

NameIndex buildIndex()
{
    NameIndex index;
    for (const FieldSpec &field : FieldCatalogue::fields()) {
        index.byName[FieldCatalogue::foldName(field.name())].append(&field);
        for (const QString &alias : field.aliases)
            index.byName[FieldCatalogue::foldName(alias)].append(&field);
        if (!field.readOnly)
            addEndings(index, field);
    }
    return index;
}

const NameIndex &nameIndex()
{
    static const NameIndex index = buildIndex();
    return index;
}

} // namespace

const FieldSpec *ErrorMapNames::fieldIn(Section section, QStringView name)
{
    const FoldedName folded(name);
    const auto it = nameIndex().byName.constFind(folded.rawString());
    if (it == nameIndex().byName.cend())
        return nullptr;
    for (const FieldSpec *field : *it) {
        if (field->section == section)
            return field;
    }
    return nullptr;
}

const QString &ErrorMapNames::memberName(const FieldSpec &field)
{
    static const QStringList names = [] {
        QStringList all;
        for (const FieldSpec &spec : FieldCatalogue::fields())
            all.append(spec.name());
        return all;
    }();
    return names.at(FieldCatalogue::formOrder(&field));
}

const FieldSpec *ErrorMapNames::uniqueBareName(QStringView name)
{
    const FoldedName folded(name);
    const auto named = nameIndex().byName.constFind(folded.rawString());
    if (named == nameIndex().byName.cend() || named->size() != 1)
        return nullptr;
    const auto endings = nameIndex().byEnding.constFind(folded.rawString());
    if (endings != nameIndex().byEnding.cend()) {
        for (const FieldSpec *other : *endings) {
            if (other != named->first())
                return nullptr;
        }
    }
    return named->first();
}

} // namespace leadopp::core
