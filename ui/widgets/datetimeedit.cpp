#include "ui/widgets/datetimeedit.h"

#include "ui/common/icons.h"
#include "ui/common/jsontext.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimeZone>

namespace leadopp::ui {

namespace {

const QDateTime kBlank(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);

QDateTime parseIso(const QString &text)
{
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!value.isValid()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            value = QDateTime(date, QTime(0, 0), Qt::UTC);
    }
    return value.isValid() ? value.toUTC() : QDateTime();
}

} // namespace

DateTimeEdit::DateTimeEdit(QWidget *parent) : QDateTimeEdit(parent)
{
    setTimeSpec(Qt::UTC);
    setCalendarPopup(true);
    setMinimumDateTime(kBlank);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    auto *clear = lineEdit()->addAction(icons::clear(), QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearDateAction"));
    clear->setToolTip(tr("Clear the date"));
    connect(clear, &QAction::triggered, this, &DateTimeEdit::clearValue);
    connect(this, &QDateTimeEdit::dateTimeChanged, this, &DateTimeEdit::onDateTimeChanged);
    showBlank(QString());
}

void DateTimeEdit::setStoredValue(const QJsonValue &value)
{
    m_stored = value;
    m_leftBlank = false;
    const QString text = value.isString() ? value.toString() : QString();
    const QDateTime parsed = parseIso(text);
    if (parsed.isValid()) {
        m_updating = true;
        setDateTime(parsed);
        m_updating = false;
    } else if (value.isUndefined() || value.isNull() || (value.isString() && text.isEmpty())) {
        showBlank(QString());
    } else {
        showBlank(jsonText(value));
    }
}

void DateTimeEdit::clearValue()
{
    m_stored = QJsonValue(QJsonValue::Undefined);
    m_leftBlank = false;
    showBlank(QString());
    Q_EMIT userEdited();
}

void DateTimeEdit::showBlank(const QString &text)
{
    m_updating = true;
    setSpecialValueText(text.isEmpty() ? tr("No date") : text);
    setDateTime(kBlank);
    m_updating = false;
}

// Starting to pick from a blank field starts at today, not at the sentinel year 1900.
void DateTimeEdit::leaveBlank()
{
    if (!isBlank())
        return;
    m_updating = true;
    m_leftBlank = true;
    setDateTime(QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC));
    m_updating = false;
}

void DateTimeEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        if (lineEdit()->selectedText() == lineEdit()->text() || isBlank()) {
            clearValue();
            return;
        }
    }
    if (!event->text().isEmpty() || event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)
        leaveBlank();
    QDateTimeEdit::keyPressEvent(event);
}

void DateTimeEdit::mousePressEvent(QMouseEvent *event)
{
    leaveBlank();
    QDateTimeEdit::mousePressEvent(event);
}

void DateTimeEdit::focusOutEvent(QFocusEvent *event)
{
    if (m_leftBlank) {
        // The user looked but picked nothing: show the stored value again.
        setStoredValue(m_stored);
    }
    QDateTimeEdit::focusOutEvent(event);
}

void DateTimeEdit::onDateTimeChanged(const QDateTime &value)
{
    if (m_updating)
        return;
    m_leftBlank = false;
    m_stored = value == kBlank ? QJsonValue(QJsonValue::Undefined)
                               : QJsonValue(value.toUTC().toString(Qt::ISODateWithMs));
    Q_EMIT userEdited();
}

} // namespace leadopp::ui
