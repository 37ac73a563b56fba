#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonValue>
#include <functional>

class QObject;
class QWidget;

namespace leadopp::ui::editors::choices {

/// Enum combos and checkable multi-select lists. Known codes show their catalogue label
/// (FieldCatalogue::enumLabel) with the code as tooltip; the stored value stays the code.
/// A stored value outside the field's enum stays visible as it is (marked with a warning
/// icon) and is kept until the user changes it.

/// Fills a QComboBox or QListWidget with the field's enum values; others are ignored.
void prepare(QWidget *editor, const core::FieldSpec &spec);
/// Returns false when `editor` is not a choice editor.
bool show(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value);
/// The combo's item value or the checked list items as an array (Undefined when none).
QJsonValue read(const QWidget *editor);
void connectEdits(QWidget *editor, QObject *context, const std::function<void()> &edited);

} // namespace leadopp::ui::editors::choices
