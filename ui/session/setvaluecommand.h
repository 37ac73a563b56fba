#pragma once

#include "core/document.h"

#include <QJsonValue>
#include <QUndoCommand>

namespace leadopp::ui {

/// Changes one value of the document. Consecutive changes of the same path merge, so
/// typing in a field is one undo step; a merge back to the original value drops the step.
class SetValueCommand final : public QUndoCommand
{
public:
    static constexpr int Id = 0x4c4f5631; // any value shared by no other command

    SetValueCommand(core::Document *document, const core::FieldPath &path,
                    const QJsonValue &oldValue, const QJsonValue &newValue);

    void undo() override;
    void redo() override;
    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::Document *m_document;
    core::FieldPath m_path;
    QJsonValue m_oldValue;
    QJsonValue m_newValue;
};

} // namespace leadopp::ui
