#include "ui/session/formorder.h"

#include "core/fieldpath.h"

namespace leadopp::ui {

namespace {

const core::SectionSpec *sectionSpecOf(const core::FieldPath &path)
{
    if (!path.isValid() || path.isRecord())
        return nullptr;
    const QString *head = std::get_if<QString>(&path.segments().first());
    return head ? core::FieldCatalogue::sectionByKey(*head) : nullptr;
}

// Room for the items of a list field between its form position and the next field's.
constexpr int kItemsPerField = 1 << 16;

int sectionRank(core::Section section)
{
    const QList<core::SectionSpec> &sections = core::FieldCatalogue::sections();
    for (int i = 0; i < sections.size(); ++i) {
        if (sections.at(i).section == section)
            return i;
    }
    return -1;
}

} // namespace

core::Section sectionOfPath(const QString &path)
{
    const core::SectionSpec *spec = sectionSpecOf(core::FieldPath::parse(path));
    return spec ? spec->section : core::Section::Record;
}

FormKey formKey(const QString &path)
{
    FormKey key;
    key.path = path;
    const core::FieldPath parsed = core::FieldPath::parse(path);
    if (!parsed.isValid() || parsed.isRecord())
        return key;
    const core::SectionSpec *section = sectionSpecOf(parsed);
    key.section = sectionRank(section ? section->section : core::Section::Record);
    key.row = section && section->isArray ? parsed.rowIndex() : -1;
    // The field itself, or the list field an item ("reasonLost[2]") belongs to.
    core::FieldPath field = parsed;
    while (field.size() > 1 && !core::FieldCatalogue::find(field.pattern()))
        field = field.parent();
    const int order = core::FieldCatalogue::formOrder(core::FieldCatalogue::find(field.pattern()));
    const int *item = order >= 0 && field.size() < parsed.size()
        ? std::get_if<int>(&parsed.segments().at(field.size()))
        : nullptr;
    // Items sort right after their field, in their order, before the next field.
    key.field = order < 0
        ? -1
        : order * kItemsPerField + (item ? qMin(*item + 1, kItemsPerField - 1) : 0);
    return key;
}

} // namespace leadopp::ui
