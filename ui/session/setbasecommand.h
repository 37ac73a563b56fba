#pragma once

#include "core/document/document.h"

#include <QUndoCommand>

namespace leadopp::ui {

/// Replaces the server copy the draft is based on, as an undo step: a refresh from the
/// server moves the base on together with the values it takes, and one undo takes both back.
class SetBaseCommand final : public QUndoCommand
{
public:
    SetBaseCommand(core::Document *document, core::ServerBase after);

    void undo() override { m_document->setBase(m_before); }
    void redo() override { m_document->setBase(m_after); }

private:
    core::Document *m_document;
    core::ServerBase m_before;
    core::ServerBase m_after;
};

} // namespace leadopp::ui
