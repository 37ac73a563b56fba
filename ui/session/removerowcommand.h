#pragma once

#include "core/document/document.h"

#include <QJsonObject>
#include <QUndoCommand>

namespace leadopp::ui {

/// Removes one row; undo puts back the very same row object, unknown members included.
class RemoveRowCommand final : public QUndoCommand
{
public:
    RemoveRowCommand(core::Document *document, core::Section section, int row);

    void undo() override;
    void redo() override;

private:
    core::Document *m_document;
    core::Section m_section;
    int m_row;
    QJsonObject m_removed;
    quint64 m_rowId = 0; ///< restored on undo, so the row's server errors come back
};

} // namespace leadopp::ui
