#pragma once

#include "core/document/document.h"

#include <QJsonValue>
#include <QUndoCommand>

namespace leadopp::ui {

/// Changes one value of the document. Consecutive typing in the same field merges, so
/// typing in a field is one undo step; a merge back to the original value drops the step.
class SetValueCommand final : public QUndoCommand
{
public:
    static constexpr int Id = 0x4c4f5631; // any value shared by no other command

    /// `typing`: a keystroke of text typed into a field, which merges with the typing
    /// before it; a choice (a combo item, a ticked reason, a date) is a step of its own.
    SetValueCommand(core::Document *document, const core::FieldPath &path,
                    const QJsonValue &oldValue, const QJsonValue &newValue, bool typing);

    void undo() override;
    void redo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::Document *m_document;
    core::FieldPath m_path;
    QJsonValue m_oldValue;
    QJsonValue m_newValue;
    bool m_typing;
};

} // namespace leadopp::ui
