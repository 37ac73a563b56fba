#include "ui/session/setvaluecommand.h"

#include <QCoreApplication>

namespace leadopp::ui {

SetValueCommand::SetValueCommand(core::Document *document, const core::FieldPath &path,
                                 const QJsonValue &oldValue, const QJsonValue &newValue,
                                 bool typing)
    : m_document(document), m_path(path), m_oldValue(oldValue), m_newValue(newValue),
      m_typing(typing)
{
    setText(QCoreApplication::translate("UndoCommand", "Edit %1")
                .arg(core::FieldCatalogue::labelForPath(path.toString())));
}

void SetValueCommand::undo()
{
    m_document->setValue(m_path, m_oldValue);
}

void SetValueCommand::redo()
{
    // A path that cannot hold a value leaves nothing to undo; the stack drops the command.
    if (!m_document->setValue(m_path, m_newValue))
        setObsolete(true);
}

bool SetValueCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetValueCommand *>(other);
    if (!m_typing || !next->m_typing || next->m_path != m_path || next->m_document != m_document)
        return false;
    m_newValue = next->m_newValue;
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace leadopp::ui
