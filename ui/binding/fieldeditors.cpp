#include "ui/binding/fieldeditors.h"

#include "ui/binding/choiceeditors.h"
#include "ui/binding/editorguard.h"
#include "ui/common/codelists.h"
#include "ui/widgets/datefield.h"

#include "core/catalogue/fieldkinds.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QFocusEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPointer>
#include <QToolTip>

namespace leadopp::ui::editors {

namespace {

using core::FieldKind;
using Edited = std::function<void()>;

// ---- Date fields: a value of their own, stored on commit --------------------------------

void prepareDate(QWidget *editor, const core::FieldSpec &spec)
{
    static_cast<DateField *>(editor)->setReadOnly(spec.readOnly);
}

void showDate(QWidget *editor, const core::FieldSpec &, const QJsonValue &value)
{
    static_cast<DateField *>(editor)->setStoredValue(value);
}

QJsonValue readDate(const QWidget *editor, const core::FieldSpec &)
{
    return static_cast<const DateField *>(editor)->storedValue();
}

void connectDate(QWidget *editor, QObject *context, const Edited &edited)
{
    QObject::connect(static_cast<DateField *>(editor), &DateField::committed, context, edited);
}

// ---- Line edits: typed text, stored keystroke by keystroke ------------------------------

// Typing past the limit is refused, and said so where the rep is looking.
void limitLength(QLineEdit *line)
{
    line->setMaxLength(core::kMaxTextLength);
    QObject::connect(line, &QLineEdit::inputRejected, line, [line] {
        if (line->text().size() < line->maxLength())
            return; // refused for another reason (read-only)
        QToolTip::showText(
            line->mapToGlobal(QPoint(0, line->height())),
            QCoreApplication::translate("Editors", "This field takes at most %1 characters.")
                .arg(QLocale().toString(line->maxLength())),
            line);
    });
}

void prepareLine(QWidget *editor, const core::FieldSpec &spec)
{
    auto *line = static_cast<QLineEdit *>(editor);
    limitLength(line);
    // No validator: a key is never refused in silence. What is typed is stored and, when
    // the API would refuse it, flagged by validation like any other value.
    addCompleter(line, spec.kind);
    if (const char *hint = core::kindTraits(spec.kind).editorHint)
        line->setPlaceholderText(QCoreApplication::translate("Editors", hint));
    // Response-only members are shown, not edited; the 3DS id is response-only in the
    // body's sense but can be corrected (a placeholder from an example, a typo).
    const bool editable = !spec.readOnly || spec.kind == FieldKind::DsId;
    line->setClearButtonEnabled(editable);
    line->setReadOnly(!editable);
}

// Text editors show the kind's text (core::valueText); showing what is stored again is a
// no-op, so the text being typed is never rewritten under the cursor.
void showLine(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    auto *line = static_cast<QLineEdit *>(editor);
    const QString text = core::valueText(spec, value);
    if (text.size() > line->maxLength()) // a value read from a file is never cut
        line->setMaxLength(int(text.size()));
    if (line->text() != text)
        line->setText(text);
}

QJsonValue readLine(const QWidget *editor, const core::FieldSpec &spec)
{
    return core::textValue(spec, static_cast<const QLineEdit *>(editor)->text());
}

void connectLine(QWidget *editor, QObject *context, const Edited &edited)
{
    auto *line = static_cast<QLineEdit *>(editor);
    QObject::connect(line, &QLineEdit::textEdited, context, edited);
    // Picking a completion sets the text without textEdited(), and only once the line edit's
    // own slot has run: connected when it takes the focus, after this one, it finds the
    // typed prefix still in place (the closing popup put it back). The pick is set here.
    if (QCompleter *completer = line->completer()) {
        QObject::connect(completer, qOverload<const QString &>(&QCompleter::activated), context,
                         [line, edited](const QString &picked) {
                             line->setText(picked);
                             edited();
                         });
    }
}

// ---- Plain-text edits: long text, and lists one item a line -----------------------------

void preparePlain(QWidget *editor, const core::FieldSpec &spec)
{
    auto *plain = static_cast<QPlainTextEdit *>(editor);
    plain->setTabChangesFocus(true);
    plain->setReadOnly(spec.readOnly);
    if (core::kindTraits(spec.kind).list)
        plain->setPlaceholderText(QCoreApplication::translate("Editors", "One per line"));
}

void showPlain(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    auto *plain = static_cast<QPlainTextEdit *>(editor);
    const QString text = core::valueText(spec, value);
    if (plain->toPlainText() != text)
        plain->setPlainText(text);
}

QJsonValue readPlain(const QWidget *editor, const core::FieldSpec &spec)
{
    return core::textValue(spec, static_cast<const QPlainTextEdit *>(editor)->toPlainText());
}

void connectPlain(QWidget *editor, QObject *context, const Edited &edited)
{
    QObject::connect(static_cast<QPlainTextEdit *>(editor), &QPlainTextEdit::textChanged, context,
                     edited);
}

// QPlainTextEdit has no editingFinished(): this tells when the focus leaves it for good (a
// context menu of its own takes the focus only for a moment).
class FocusLeftWatcher final : public QObject
{
public:
    FocusLeftWatcher(QWidget *editor, QObject *context, Edited left)
        : QObject(editor), m_context(context), m_left(std::move(left))
    {
        editor->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::FocusOut && m_context
            && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            m_left();
        return false;
    }

private:
    QPointer<QObject> m_context;
    Edited m_left;
};

void showChoice(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    choices::show(editor, spec, value);
}

QJsonValue readChoice(const QWidget *editor, const core::FieldSpec &)
{
    return choices::read(editor);
}

// ---- The one table: what each editor widget does, most derived class first --------------

struct Adapter {
    const QMetaObject *widget;
    bool typed; ///< stored keystroke by keystroke (merged into one undo step)
    void (*prepare)(QWidget *, const core::FieldSpec &);
    void (*show)(QWidget *, const core::FieldSpec &, const QJsonValue &);
    QJsonValue (*read)(const QWidget *, const core::FieldSpec &);
    void (*connectEdits)(QWidget *, QObject *, const Edited &);
};

const Adapter kAdapters[] = {
    { &DateField::staticMetaObject, false, prepareDate, showDate, readDate, connectDate },
    { &QLineEdit::staticMetaObject, true, prepareLine, showLine, readLine, connectLine },
    { &QPlainTextEdit::staticMetaObject, true, preparePlain, showPlain, readPlain, connectPlain },
    { &QComboBox::staticMetaObject, false, choices::prepare, showChoice, readChoice,
      choices::connectEdits },
    { &QListWidget::staticMetaObject, false, choices::prepare, showChoice, readChoice,
      choices::connectEdits },
};

const Adapter *adapterOf(const QWidget *editor)
{
    for (const Adapter &adapter : kAdapters) {
        if (adapter.widget->cast(editor))
            return &adapter;
    }
    return nullptr;
}

} // namespace

bool isSupported(const QWidget *editor)
{
    return adapterOf(editor) != nullptr;
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
    EditorGuard::guardPopup(completer->popup(), line);
}

void prepare(QWidget *editor, const core::FieldSpec &spec)
{
    if (const Adapter *adapter = adapterOf(editor))
        adapter->prepare(editor, spec);
}

void show(QWidget *editor, const core::FieldSpec &spec, const QJsonValue &value)
{
    if (const Adapter *adapter = adapterOf(editor))
        adapter->show(editor, spec, value);
}

QJsonValue read(const QWidget *editor, const core::FieldSpec &spec)
{
    const Adapter *adapter = adapterOf(editor);
    return adapter ? adapter->read(editor, spec) : QJsonValue(QJsonValue::Undefined);
}

bool isTyped(const QWidget *editor)
{
    const Adapter *adapter = adapterOf(editor);
    return adapter && adapter->typed;
}

void connectEdits(QWidget *editor, QObject *context, const std::function<void()> &edited)
{
    if (const Adapter *adapter = adapterOf(editor))
        adapter->connectEdits(editor, context, edited);
}

void connectLeft(QWidget *editor, QObject *context, const std::function<void()> &left)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::editingFinished, context, left);
    else if (qobject_cast<QPlainTextEdit *>(editor))
        new FocusLeftWatcher(editor, context, left);
}

QWidget *createCellEditor(const core::FieldSpec &spec, QWidget *parent)
{
    const core::KindTraits &traits = core::kindTraits(spec.kind);
    if (traits.choice && !traits.list)
        return new QComboBox(parent);
    if (traits.list)
        return new QPlainTextEdit(parent);
    return new QLineEdit(parent);
}

} // namespace leadopp::ui::editors
