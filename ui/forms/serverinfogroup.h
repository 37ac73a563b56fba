#pragma once

#include "core/catalogue/fieldcatalogue.h"
#include "ui/widgets/collapsiblegroup.h"

namespace leadopp::ui {

/// "Server information": the response-only members of a section (approval status, created
/// date, ...) as read-only fields, folded away by default. Built from the catalogue's
/// read-only rows, so the binder fills them like any form field.
class ServerInfoGroup final : public CollapsibleGroup
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerInfoGroup)

public:
    explicit ServerInfoGroup(core::Section section, QWidget *parent = nullptr);
};

} // namespace leadopp::ui
