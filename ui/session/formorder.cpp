#include "ui/session/formorder.h"

#include "core/catalogue/fieldpath.h"

namespace leadopp::ui {

namespace {

const core::SectionSpec *sectionSpecOf(const core::FieldPath &path)
{
    if (!path.isValid() || path.isRecord())
        return nullptr;
    const QString *head = std::get_if<QString>(&path.segments().first());
    return head ? core::FieldCatalogue::sectionByKey(*head) : nullptr;
}

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
    key.row = parsed.rowIndex();
    key.field = core::FieldCatalogue::formOrder(core::FieldCatalogue::find(parsed.pattern()));
    return key;
}

} // namespace leadopp::ui
