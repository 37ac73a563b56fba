#pragma once

#include <QJsonValue>
#include <QLineEdit>

class QCalendarWidget;

namespace leadopp::ui {

/// A date field that takes what a rep types: an ISO date ("2025-09-30", with or without a
/// time) or the locale's short date ("30.09.2025" in German), see core::parseTypedDate.
/// Typing changes nothing until the edit is committed with Enter or by leaving the field;
/// Esc reverts to the stored value. Text that is no date is stored as typed (validation
/// flags it), blank stays blank. Alt+Down or F4 opens a calendar at the current date (or
/// today); a pick there commits. The field reads "2025-09-30 UTC": the stored value is a
/// UTC date-time. A value that is not a date (a server placeholder) shows verbatim.
class DateField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateField)

public:
    explicit DateField(QWidget *parent = nullptr);

    /// Shows a stored value; emits nothing.
    void setStoredValue(const QJsonValue &value);
    /// The value committed last (or shown by setStoredValue()).
    QJsonValue storedValue() const { return m_stored; }
    /// True when no date is shown: the field is empty or holds something that is no date.
    bool isBlank() const;
    /// True while typed text waits to be committed.
    bool hasPendingEdit() const { return m_typed; }

public Q_SLOTS:
    /// Commits the typed text, if any (as Enter does).
    void commit();
    /// Empties the field and commits, as the clear button does.
    void clearValue();
    /// Opens the calendar at the current value (or today).
    void openCalendar();
    /// Commits a date picked in the calendar, keeping the time of day of the value.
    void pickDate(const QDate &date);

Q_SIGNALS:
    /// The rep committed a new value (typed, picked or cleared).
    void committed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void commitValue(const QJsonValue &value);
    QCalendarWidget *calendar();

    QJsonValue m_stored = QJsonValue(QJsonValue::Undefined);
    QString m_shown;      ///< the text setStoredValue() put in
    bool m_typed = false; ///< the rep typed since; only then does leaving the field store
    QWidget *m_popup = nullptr;
};

} // namespace leadopp::ui
