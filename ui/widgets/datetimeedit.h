#pragma once

#include <QDateTimeEdit>
#include <QJsonValue>

namespace leadopp::ui {

/// A UTC date-time picker that can also be empty and can show a value that is not a date
/// at all (a server placeholder such as "date") verbatim until the user picks a date.
/// Empty and invalid values sit on the minimum date and show as special text.
class DateTimeEdit final : public QDateTimeEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateTimeEdit)

public:
    explicit DateTimeEdit(QWidget *parent = nullptr);

    /// Shows a stored value: an ISO date or date-time, nothing (Undefined/null/""), or any
    /// other text kept as it is. Emits nothing.
    void setStoredValue(const QJsonValue &value);
    /// What to store: the stored value untouched, ISO 8601 UTC after a pick, Undefined
    /// after clearing.
    QJsonValue storedValue() const { return m_stored; }
    /// True when no date is shown (empty or not a date).
    bool isBlank() const { return dateTime() == minimumDateTime(); }

public Q_SLOTS:
    /// Empties the field, as the user would with the clear button.
    void clearValue();

Q_SIGNALS:
    /// The user picked a date or cleared the field.
    void userEdited();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showBlank(const QString &text);
    void leaveBlank();
    void onDateTimeChanged(const QDateTime &value);

    QJsonValue m_stored;
    bool m_updating = false;
    bool m_leftBlank = false; ///< showing today's date only because the user started picking
};

} // namespace leadopp::ui
