#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QString>

namespace leadopp::ui {

/// The section a canonical path belongs to; Section::Record for the record itself, the
/// top-level members and anything unknown.
core::Section sectionOfPath(const QString &path);

/// Sort key putting canonical paths in form order: record level, then section by section
/// (catalogue order), row by row, field by field (a row or section path before its fields).
struct FormKey {
    int section = -1;
    int row = -1;
    int field = -1;
    QString path;

    friend bool operator<(const FormKey &a, const FormKey &b)
    {
        if (a.section != b.section)
            return a.section < b.section;
        if (a.row != b.row)
            return a.row < b.row;
        if (a.field != b.field)
            return a.field < b.field;
        return a.path < b.path;
    }
};

FormKey formKey(const QString &path);

} // namespace leadopp::ui
