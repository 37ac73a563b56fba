#pragma once

#include "core/document/document.h"

#include <QUndoCommand>

namespace leadopp::ui {

/// Moves one row within its section.
class MoveRowCommand final : public QUndoCommand
{
public:
    MoveRowCommand(core::Document *document, core::Section section, int from, int to);

    void undo() override;
    void redo() override;

private:
    core::Document *m_document;
    core::Section m_section;
    int m_from;
    int m_to;
};

} // namespace leadopp::ui
