#include "ui/session/insertrowcommand.h"

namespace leadopp::ui {

InsertRowCommand::InsertRowCommand(core::Document *document, core::Section section, int row,
                                   const QJsonObject &values, const QString &text)
    : m_document(document), m_section(section), m_row(row), m_values(values)
{
    setText(text);
}

void InsertRowCommand::undo()
{
    m_document->removeRow(m_section, m_row);
}

void InsertRowCommand::redo()
{
    if (!m_document->insertRow(m_section, m_row, m_values, m_rowId))
        setObsolete(true);
    else
        m_rowId = m_document->rowId(m_section, m_row);
}

} // namespace leadopp::ui
