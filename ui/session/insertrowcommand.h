#pragma once

#include "core/document/document.h"

#include <QJsonObject>
#include <QList>
#include <QUndoCommand>

namespace leadopp::ui {

/// Inserts rows into an array section from `row` on: one new row, a copy for "duplicate",
/// or the rows a paste adds.
class InsertRowCommand final : public QUndoCommand
{
public:
    InsertRowCommand(core::Document *document, core::Section section, int row,
                     const QList<QJsonObject> &rows, const QString &text);

    void undo() override;
    void redo() override;

private:
    core::Document *m_document;
    core::Section m_section;
    int m_row;
    QList<QJsonObject> m_rows;
    QList<quint64> m_rowIds; ///< the same identities on every redo
};

} // namespace leadopp::ui
