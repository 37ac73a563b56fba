#include "ui/session/setbasecommand.h"

#include "ui/session/editsession.h"

#include <QUndoStack>

namespace leadopp::ui {

SetBaseCommand::SetBaseCommand(core::Document *document, core::ServerBase after)
    : m_document(document), m_before(document->base()), m_after(std::move(after))
{ }

void EditSession::pushBase(const core::ServerBase &base)
{
    m_undoStack->push(new SetBaseCommand(m_document, base));
}

} // namespace leadopp::ui
