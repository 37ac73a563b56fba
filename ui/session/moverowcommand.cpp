#include "ui/session/moverowcommand.h"

#include <QCoreApplication>

namespace leadopp::ui {

MoveRowCommand::MoveRowCommand(core::Document *document, core::Section section, int from, int to)
    : m_document(document), m_section(section), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("UndoCommand", "Move %1")
                .arg(core::FieldCatalogue::label(*core::FieldCatalogue::section(section))));
}

void MoveRowCommand::undo()
{
    m_document->moveRow(m_section, m_to, m_from);
}

void MoveRowCommand::redo()
{
    if (!m_document->moveRow(m_section, m_from, m_to))
        setObsolete(true);
}

} // namespace leadopp::ui
