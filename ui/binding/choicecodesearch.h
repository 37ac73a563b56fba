#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QComboBox;

namespace leadopp::ui {

/// Letters typed on a choice pick it by its API code when no label starts with them: in a
/// language whose labels are not written in Latin letters (Japanese), "R" or "RENTAL_BOOKING"
/// picks Rental booking as it does in English. Labels go first; the letters typed within the
/// platform's keyboard input interval are one search, as in Qt's own.
class ChoiceCodeSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceCodeSearch)

public:
    /// Watches `combo`, whose items hold their code as a string under `codeRole`, and are
    /// true under `unknownRole` when they hold a value the API refuses (never picked here).
    static void attach(QComboBox *combo, int codeRole, int unknownRole);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ChoiceCodeSearch(QComboBox *combo, int codeRole, int unknownRole);
    /// The first known row from `from` on (wrapping) whose label, else whose code, starts
    /// with `typed`, case aside; -1 for none, and `byLabel` says which matched.
    int rowStartingWith(const QString &typed, int from, bool *byLabel) const;

    QComboBox *m_combo;
    int m_codeRole;
    int m_unknownRole;
    QString m_typed;
    QElapsedTimer m_lastKey;
};

} // namespace leadopp::ui
