#include "ui/widgets/datefield.h"

#include "core/input/datetext.h"
#include "ui/binding/editorguard.h"
#include "ui/common/icons.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDateTime>
#include <QKeyEvent>
#include <QTimeZone>
#include <QVBoxLayout>

namespace leadopp::ui {

namespace {

QString placeholder()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return DateField::tr("YYYY-MM-DD or %1 (UTC)")
        .arg(QLocale().toString(QDate(2025, 9, 30), format));
}

} // namespace

DateField::DateField(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(placeholder());
    auto *pick = addAction(icons::calendar(), QLineEdit::TrailingPosition);
    pick->setObjectName(QStringLiteral("openCalendarAction"));
    pick->setToolTip(tr("Pick a date (Alt+Down)"));
    connect(pick, &QAction::triggered, this, &DateField::openCalendar);
    auto *clear = addAction(icons::clear(), QLineEdit::TrailingPosition);
    clear->setObjectName(QStringLiteral("clearDateAction"));
    clear->setToolTip(tr("Clear the date"));
    connect(clear, &QAction::triggered, this, &DateField::clearValue);
    connect(this, &QLineEdit::editingFinished, this, &DateField::commit);
    connect(this, &QLineEdit::textEdited, this, [this] { m_typed = true; });
}

void DateField::setStoredValue(const QJsonValue &value)
{
    m_stored = value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    m_shown = core::displayDate(value);
    m_typed = false;
    if (text() != m_shown)
        setText(m_shown);
}

bool DateField::isBlank() const
{
    return !core::storedDateTime(m_stored).isValid();
}

void DateField::commit()
{
    if (hasPendingEdit())
        commitValue(core::parseTypedDate(text()));
}

void DateField::clearValue()
{
    commitValue(QJsonValue(QJsonValue::Undefined));
}

void DateField::commitValue(const QJsonValue &value)
{
    const bool changed = value != m_stored;
    setStoredValue(value);
    if (changed)
        Q_EMIT committed();
}

void DateField::pickDate(const QDate &date)
{
    if (m_popup)
        m_popup->hide();
    const QDateTime current = core::storedDateTime(m_stored);
    const QTime time = current.isValid() ? current.time() : QTime(0, 0);
    commitValue(core::isoUtc(QDateTime(date, time, QTimeZone::utc())));
    setFocus(Qt::PopupFocusReason);
    selectAll();
}

QCalendarWidget *DateField::calendar()
{
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        m_popup->setObjectName(QStringLiteral("datePopup"));
        EditorGuard::guardPopup(m_popup, this);
        auto *calendar = new QCalendarWidget(m_popup);
        calendar->setObjectName(QStringLiteral("dateCalendar"));
        calendar->setGridVisible(true);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(calendar);
        connect(calendar, &QCalendarWidget::activated, this, &DateField::pickDate);
        connect(calendar, &QCalendarWidget::clicked, this, &DateField::pickDate);
    }
    return m_popup->findChild<QCalendarWidget *>();
}

void DateField::openCalendar()
{
    QCalendarWidget *picker = calendar();
    const QJsonValue typed = hasPendingEdit() ? core::parseTypedDate(text()) : m_stored;
    const QDateTime current = core::storedDateTime(typed);
    const QDate start = current.isValid() ? current.date() : QDate::currentDate();
    picker->setSelectedDate(start);
    picker->setCurrentPage(start.year(), start.month());
    m_popup->adjustSize();
    m_popup->move(mapToGlobal(QPoint(0, height())));
    m_popup->show();
    picker->setFocus(Qt::PopupFocusReason);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    const bool altDown = event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier;
    if (altDown || (event->key() == Qt::Key_F4 && event->modifiers() == Qt::NoModifier)) {
        openCalendar();
        return;
    }
    if (event->key() == Qt::Key_Escape && hasPendingEdit()) {
        setText(m_shown);
        m_typed = false;
        selectAll();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace leadopp::ui
