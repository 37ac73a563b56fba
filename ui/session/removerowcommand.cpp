#include "ui/session/removerowcommand.h"

#include <QCoreApplication>

namespace leadopp::ui {

RemoveRowCommand::RemoveRowCommand(core::Document *document, core::Section section, int row)
    : m_document(document), m_section(section), m_row(row)
{
    setText(QCoreApplication::translate("UndoCommand", "Remove %1")
                .arg(core::FieldCatalogue::label(*core::FieldCatalogue::section(section))));
}

void RemoveRowCommand::undo()
{
    m_document->insertRow(m_section, m_row, m_removed, m_rowId);
}

void RemoveRowCommand::redo()
{
    m_removed = m_document->row(m_section, m_row);
    m_rowId = m_document->rowId(m_section, m_row);
    if (!m_document->removeRow(m_section, m_row))
        setObsolete(true);
}

} // namespace leadopp::ui
