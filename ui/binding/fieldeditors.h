#pragma once

#include "core/catalogue/fieldcatalogue.h"

#include <QJsonValue>
#include <functional>

class QObject;
class QWidget;

namespace leadopp::ui::editors {

/// Editing any field with any supported editor widget (QLineEdit, QPlainTextEdit,
/// QComboBox, QListWidget as a checkable multi-select, DateField), from one table of widget
/// adapters; the text of a value is the kind's (core/catalogue/fieldkinds.h), in forms and cells
/// alike. The binder and the table delegate need no per-field or per-kind code.

/// True when `editor` is a widget the adapters know.
bool isSupported(const QWidget *editor);
/// The editor a table cell of the field gets: a combo for a choice, a plain-text edit for
/// a list (one item a line, as in forms), else a line edit.
QWidget *createCellEditor(const core::FieldSpec &spec, QWidget *parent);

/// Completers, items and placeholder text for the field's kind. No validator: every key
/// is taken, and validation flags what the API would refuse.
void prepare(QWidget *editor, const core::FieldSpec &spec);
/// Shows a stored value. Values the editor cannot represent (an unknown enum value, a
/// placeholder where a date belongs) stay visible as they are.
void show(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value);
/// The value to store for the editor's current content (Undefined = remove the member).
QJsonValue read(const QWidget *editor, const core::FieldSpec &spec);
/// True for editors whose edits are typed text stored keystroke by keystroke (line and
/// plain-text edits; not a date field, which stores on commit, nor a choice).
bool isTyped(const QWidget *editor);
/// Calls `edited` whenever the editor's content changes (callers filter their own loads).
void connectEdits(QWidget *editor, QObject *context, const std::function<void()> &edited);
/// Calls `left` once the rep leaves a text editor (a line or a plain-text edit), so that it
/// can show what was stored; nothing for other editors.
void connectLeft(QWidget *editor, QObject *context, const std::function<void()> &left);
/// Adds the value completer of a kind (currency codes, country names) to a line edit.
void addCompleter(QWidget *lineEdit, core::FieldKind kind);

} // namespace leadopp::ui::editors
