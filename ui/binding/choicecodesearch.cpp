#include "ui/binding/choicecodesearch.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>

#include <algorithm>

namespace leadopp::ui {

ChoiceCodeSearch::ChoiceCodeSearch(QComboBox *combo, int codeRole, int unknownRole)
    : QObject(combo), m_combo(combo), m_codeRole(codeRole), m_unknownRole(unknownRole)
{
    combo->installEventFilter(this);
}

void ChoiceCodeSearch::attach(QComboBox *combo, int codeRole, int unknownRole)
{
    if (!combo->findChild<ChoiceCodeSearch *>(QString(), Qt::FindDirectChildrenOnly))
        new ChoiceCodeSearch(combo, codeRole, unknownRole);
}

int ChoiceCodeSearch::rowStartingWith(const QString &typed, int from, bool *byLabel) const
{
    const int rows = m_combo->count();
    for (const bool label : { true, false }) {
        for (int step = 0; step < rows; ++step) {
            const int row = (from + step) % rows;
            if (m_combo->itemData(row, m_unknownRole).toBool())
                continue;
            const QString text
                = label ? m_combo->itemText(row) : m_combo->itemData(row, m_codeRole).toString();
            if (text.startsWith(typed, Qt::CaseInsensitive)) {
                *byLabel = label;
                return row;
            }
        }
    }
    return -1;
}

// What a label matches is left to the combo's own search; only a code is picked here.
bool ChoiceCodeSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_combo || event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    const QString text = key->text();
    if (text.isEmpty() || !text.at(0).isPrint()
        || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    if (!m_lastKey.isValid() || m_lastKey.elapsed() > QApplication::keyboardInputInterval())
        m_typed.clear();
    m_typed += text;
    m_lastKey.start();
    // A first letter goes on from the current item (typed again, it steps through the
    // items with that letter); more letters refine the current one.
    const int from = std::max(0, m_combo->currentIndex()) + (m_typed.size() == 1 ? 1 : 0);
    bool byLabel = false;
    const int row = rowStartingWith(m_typed, from, &byLabel);
    if (row < 0 || byLabel)
        return false;
    if (row != m_combo->currentIndex()) {
        m_combo->setCurrentIndex(row);
        Q_EMIT m_combo->activated(row);
    }
    return true;
}

} // namespace leadopp::ui
