#include "ui/binding/fieldeditors.h"

#include "ui/binding/choiceeditors.h"
#include "ui/binding/editorguard.h"
#include "ui/common/codelists.h"
#include "ui/common/jsontext.h"
#include "ui/widgets/datefield.h"

#include "core/input/canonicalinput.h"
#include "core/input/localenumber.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace leadopp::ui::editors {

namespace {

using core::FieldKind;

// A number when the text reads as one in the rep's notation or the canonical one, else the
// text itself (an ambiguous "1.234" too): validation reports it, nothing is lost.
QJsonValue numberValue(const QString &text)
{
    const core::TypedNumber typed = core::readTypedNumber(text);
    return typed.reading == core::TypedNumber::Reading::Number ? QJsonValue(typed.value)
                                                               : QJsonValue(text);
}

// What typed text is stored as (see core::canonicalInput); showing it again is a no-op, so
// the text being typed is never rewritten under the cursor.
QJsonValue typedValue(const core::FieldSpec &spec, const QString &text)
{
    return core::canonicalInput(
        spec, spec.kind == FieldKind::Number ? numberValue(text) : QJsonValue(text));
}

void showText(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    QString text = spec.kind == FieldKind::Number && value.isDouble()
        ? core::editableNumber(value.toDouble())
        : jsonText(value);
    if (spec.kind == FieldKind::TextList && value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(jsonText(item));
        text = items.join(u'\n');
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != text)
            line->setText(text);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        if (plain->toPlainText() != text)
            plain->setPlainText(text);
    }
}

void connectLineEdits(QLineEdit *line, QObject *context, const std::function<void()> &edited)
{
    if (auto *date = qobject_cast<DateField *>(line)) {
        QObject::connect(date, &DateField::committed, context, edited);
        return;
    }
    QObject::connect(line, &QLineEdit::textEdited, context, edited);
    // Picking a completion sets the text without textEdited().
    if (QCompleter *completer = line->completer()) {
        QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), context,
                         edited);
    }
}

} // namespace

void addCompleter(QWidget *lineEdit, FieldKind kind)
{
    auto *line = qobject_cast<QLineEdit *>(lineEdit);
    if (!line || (kind != FieldKind::Currency && kind != FieldKind::Country))
        return;
    auto *completer
        = new QCompleter(kind == FieldKind::Currency ? currencyCodes() : countryNames(), line);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(kind == FieldKind::Country ? Qt::MatchContains : Qt::MatchStartsWith);
    line->setCompleter(completer);
    EditorGuard::guardPopup(completer->popup(), line);
}

void prepare(QWidget *editor, const core::FieldSpec &spec)
{
    if (auto *date = qobject_cast<DateField *>(editor)) {
        date->setReadOnly(spec.readOnly);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // No validator: a key is never refused in silence. What is typed is stored and, when
        // the API would refuse it, flagged by validation like any other value.
        addCompleter(line, spec.kind);
        // Response-only members are shown, not edited; the 3DS id is response-only in the
        // body's sense but can be corrected (a placeholder from an example, a typo).
        const bool editable = !spec.readOnly || spec.kind == FieldKind::DsId;
        line->setClearButtonEnabled(editable);
        line->setReadOnly(!editable);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->setTabChangesFocus(true);
        plain->setReadOnly(spec.readOnly);
        if (spec.kind == FieldKind::TextList)
            plain->setPlaceholderText(QCoreApplication::translate("Editors", "One per line"));
    }
    choices::prepare(editor, spec);
}

void show(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    if (auto *date = qobject_cast<DateField *>(editor)) {
        date->setStoredValue(value);
    } else if (!choices::show(editor, spec, value)) {
        showText(editor, spec, value);
    }
}

QJsonValue read(const QWidget *editor, const core::FieldSpec &spec)
{
    if (auto *date = qobject_cast<const DateField *>(editor))
        return date->storedValue();
    if (auto *line = qobject_cast<const QLineEdit *>(editor))
        return typedValue(spec, line->text());
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(editor)) {
        if (spec.kind != FieldKind::TextList)
            return typedValue(spec, plain->toPlainText());
        return core::canonicalInput(spec,
                                    QJsonArray::fromStringList(plain->toPlainText().split(u'\n')));
    }
    return choices::read(editor);
}

bool isTyped(const QWidget *editor)
{
    return !qobject_cast<const DateField *>(editor)
        && (qobject_cast<const QLineEdit *>(editor)
            || qobject_cast<const QPlainTextEdit *>(editor));
}

void connectEdits(QWidget *editor, QObject *context, const std::function<void()> &edited)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        connectLineEdits(line, context, edited);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        QObject::connect(plain, &QPlainTextEdit::textChanged, context, edited);
    else
        choices::connectEdits(editor, context, edited);
}

} // namespace leadopp::ui::editors
