#include "core/catalogue/formposition.h"

#include <QVarLengthArray>

namespace leadopp::core {

namespace {

// The catalogue entry whose pattern is that of the first `count` segments, found without
// building a pattern string: it runs for every finding and every mapped error.
const FieldSpec *specOfPrefix(const FieldPath &path, int count)
{
    QVarLengthArray<QChar, 128> pattern;
    for (int i = 0; i < count; ++i) {
        const FieldPath::Segment &segment = path.segments().at(i);
        if (const QString *name = std::get_if<QString>(&segment)) {
            if (!pattern.isEmpty())
                pattern.append(u'.');
            pattern.append(name->constData(), name->size());
        } else {
            pattern.append(u'[');
            pattern.append(u']');
        }
    }
    return FieldCatalogue::find(QStringView(pattern.constData(), pattern.size()));
}

// The catalogue index of a section's first and last field.
std::pair<int, int> fieldRange(Section section)
{
    const QList<const FieldSpec *> fields = FieldCatalogue::fieldsOf(section);
    if (fields.isEmpty())
        return { -1, -1 };
    return { FieldCatalogue::formOrder(fields.first()), FieldCatalogue::formOrder(fields.last()) };
}

// A section ("offerLines") or one of its rows ("offerLines[2]"), nothing below.
bool isSectionLevel(const FieldPath &path)
{
    return path.size() == 1
        || (path.size() == 2 && std::holds_alternative<int>(path.segments().at(1)));
}

} // namespace

Section sectionOf(const FieldPath &path)
{
    if (!path.isValid() || path.isRecord())
        return Section::Record;
    const QString *head = std::get_if<QString>(&path.segments().first());
    const SectionSpec *spec = head ? FieldCatalogue::sectionByKey(*head) : nullptr;
    return spec ? spec->section : Section::Record;
}

Section formSectionOf(const FieldPath &path)
{
    const Section section = sectionOf(path);
    if (section == Section::Record && path.size() == 1
        && FieldCatalogue::find(path.pattern()) != nullptr)
        return Section::Opportunity;
    return section;
}

FormPosition FormPosition::of(const FieldPath &path)
{
    if (path.isRecord())
        return {};
    const int afterEverything = 4 * int(FieldCatalogue::fields().size()) + 3;
    if (!path.isValid())
        return { afterEverything, -1, -1 };
    const Section section = sectionOf(path);
    const int row = section != Section::Record && FieldCatalogue::section(section)->isArray
        ? path.rowIndex()
        : -1;
    for (int depth = path.size(); depth >= 1; --depth) {
        if (const FieldSpec *spec = specOfPrefix(path, depth)) {
            const int *item
                = depth < path.size() ? std::get_if<int>(&path.segments().at(depth)) : nullptr;
            return { 4 * FieldCatalogue::formOrder(spec) + 1, row, item ? *item : -1 };
        }
    }
    if (section == Section::Record)
        return { afterEverything, -1, -1 };
    static const std::pair<int, int> ranges[] = {
        fieldRange(Section::Record),           fieldRange(Section::Opportunity),
        fieldRange(Section::OfferLines),       fieldRange(Section::CustomerLegalEntity),
        fieldRange(Section::CustomerContacts), fieldRange(Section::PartnerContacts),
    };
    const std::pair<int, int> &range = ranges[int(section)];
    return isSectionLevel(path) ? FormPosition { 4 * range.first, row, -1 }
                                : FormPosition { 4 * range.second + 2, row, -1 };
}

FormPosition FormPosition::of(QStringView path)
{
    return of(FieldPath::parse(path));
}

} // namespace leadopp::core
