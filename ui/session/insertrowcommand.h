#pragma once

#include "core/document/document.h"

#include <QJsonObject>
#include <QUndoCommand>

namespace leadopp::ui {

/// Inserts one row (new, or a copy for "duplicate") into an array section.
class InsertRowCommand final : public QUndoCommand
{
public:
    InsertRowCommand(core::Document *document, core::Section section, int row,
                     const QJsonObject &values, const QString &text);

    void undo() override;
    void redo() override;

private:
    core::Document *m_document;
    core::Section m_section;
    int m_row;
    QJsonObject m_values;
    quint64 m_rowId = 0; ///< the same identity on every redo
};

} // namespace leadopp::ui
