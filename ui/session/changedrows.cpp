#include "ui/session/changedrows.h"

#include <algorithm>

namespace leadopp::ui {

void ChangedRowsJournal::noteRows(const QString &section, const QList<int> &rows)
{
    if (m_scope == Scope::Nothing) {
        m_scope = Scope::Rows;
        m_section = section;
    } else if (m_section != section) {
        m_scope = Scope::Anywhere;
    }
    if (m_scope == Scope::Rows)
        m_rows += rows;
}

void ChangedRowsJournal::noteSection(const QString &section)
{
    const bool sameSection = m_scope == Scope::Nothing || m_section == section;
    if (m_scope != Scope::Anywhere)
        m_scope = sameSection ? Scope::Section : Scope::Anywhere;
    m_section = section;
    m_rows.clear();
}

ChangedRows ChangedRowsJournal::take()
{
    ChangedRows changed;
    if (m_scope == Scope::Rows || m_scope == Scope::Section)
        changed.section = m_section;
    if (m_scope == Scope::Rows) {
        std::sort(m_rows.begin(), m_rows.end());
        m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
        changed.rows = std::move(m_rows);
    }
    *this = {};
    return changed;
}

} // namespace leadopp::ui
