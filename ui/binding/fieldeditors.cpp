#include "ui/binding/fieldeditors.h"

#include "ui/binding/choiceeditors.h"
#include "ui/common/codelists.h"
#include "ui/common/jsontext.h"
#include "ui/widgets/datetimeedit.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QJsonArray>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace leadopp::ui::editors {

namespace {

using core::FieldKind;

QValidator *patternValidator(const QString &pattern, QObject *parent)
{
    return new QRegularExpressionValidator(QRegularExpression(pattern), parent);
}

QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

// A number when the text is one, else the text itself: validation reports it, nothing is lost.
QJsonValue numberValue(const QString &text)
{
    bool ok = false;
    const double number = QLocale::c().toDouble(text.trimmed(), &ok);
    return ok ? QJsonValue(number) : textValue(text);
}

QStringList lines(const QString &text)
{
    QStringList result;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

void showText(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    QString text = jsonText(value);
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
    QObject::connect(line, &QLineEdit::textEdited, context, edited);
    // Picking a completion sets the text without textEdited().
    if (QCompleter *completer = line->completer()) {
        QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), context,
                         edited);
    }
}

} // namespace

QValidator *validatorFor(FieldKind kind, QObject *parent)
{
    switch (kind) {
    case FieldKind::Email:
        return patternValidator(QStringLiteral("[^\\s@]+@[^\\s@]+\\.[^\\s@]+"), parent);
    case FieldKind::Url:
        return patternValidator(QStringLiteral("\\S+"), parent);
    case FieldKind::Currency:
        return patternValidator(QStringLiteral("[A-Za-z]{3}"), parent);
    case FieldKind::Duns:
        return patternValidator(QStringLiteral("[0-9]{2}-?[0-9]{3}-?[0-9]{4}"), parent);
    case FieldKind::Number: {
        auto *validator = new QDoubleValidator(parent);
        validator->setLocale(QLocale::c());
        validator->setNotation(QDoubleValidator::StandardNotation);
        return validator;
    }
    default:
        return nullptr;
    }
}

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
}

void prepare(QWidget *editor, const core::FieldSpec &spec)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        // Values from the server may not satisfy the validator; they are shown anyway and
        // the validator only shapes what the user types.
        line->setValidator(validatorFor(spec.kind, line));
        addCompleter(line, spec.kind);
        line->setClearButtonEnabled(!spec.readOnly);
        line->setReadOnly(spec.readOnly);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        plain->setTabChangesFocus(true);
        plain->setReadOnly(spec.readOnly);
        if (spec.kind == FieldKind::TextList)
            plain->setPlaceholderText(QCoreApplication::translate("Editors", "One per line"));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setRange(-1e12, 1e12);
        spin->setDecimals(2);
    }
    choices::prepare(editor, spec);
}

void show(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    if (auto *dateEdit = qobject_cast<DateTimeEdit *>(editor)) {
        dateEdit->setStoredValue(value);
    } else if (auto *plainDate = qobject_cast<QDateTimeEdit *>(editor)) {
        plainDate->setDateTime(QDateTime::fromString(value.toString(), Qt::ISODateWithMs));
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else if (!choices::show(editor, spec, value)) {
        showText(editor, spec, value);
    }
}

QJsonValue read(const QWidget *editor, const core::FieldSpec &spec)
{
    if (auto *dateEdit = qobject_cast<const DateTimeEdit *>(editor))
        return dateEdit->storedValue();
    if (auto *plainDate = qobject_cast<const QDateTimeEdit *>(editor))
        return plainDate->dateTime().toUTC().toString(Qt::ISODateWithMs);
    if (auto *spin = qobject_cast<const QDoubleSpinBox *>(editor))
        return spin->value();
    if (auto *line = qobject_cast<const QLineEdit *>(editor))
        return spec.kind == FieldKind::Number ? numberValue(line->text()) : textValue(line->text());
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(editor)) {
        if (spec.kind != FieldKind::TextList)
            return textValue(plain->toPlainText());
        const QStringList items = lines(plain->toPlainText());
        return items.isEmpty() ? QJsonValue(QJsonValue::Undefined)
                               : QJsonValue(QJsonArray::fromStringList(items));
    }
    return choices::read(editor);
}

void connectEdits(QWidget *editor, QObject *context, const std::function<void()> &edited)
{
    if (auto *dateEdit = qobject_cast<DateTimeEdit *>(editor))
        QObject::connect(dateEdit, &DateTimeEdit::userEdited, context, edited);
    else if (auto *plainDate = qobject_cast<QDateTimeEdit *>(editor))
        QObject::connect(plainDate, &QDateTimeEdit::dateTimeChanged, context, edited);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        QObject::connect(spin, &QDoubleSpinBox::valueChanged, context, edited);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        connectLineEdits(line, context, edited);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        QObject::connect(plain, &QPlainTextEdit::textChanged, context, edited);
    else
        choices::connectEdits(editor, context, edited);
}

} // namespace leadopp::ui::editors
