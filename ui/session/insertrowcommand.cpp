#include "ui/session/insertrowcommand.h"

namespace leadopp::ui {

InsertRowCommand::InsertRowCommand(core::Document *document, core::Section section, int row,
                                   const QList<QJsonObject> &rows, const QString &text)
    : m_document(document), m_section(section), m_row(row), m_rows(rows)
{
    setText(text);
}

void InsertRowCommand::undo()
{
    m_document->removeRows(m_section, m_row, int(m_rows.size()));
}

void InsertRowCommand::redo()
{
    if (!m_document->insertRows(m_section, m_row, m_rows, m_rowIds)) {
        setObsolete(true);
        return;
    }
    m_rowIds.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowIds.append(m_document->rowId(m_section, m_row + i));
}

} // namespace leadopp::ui
