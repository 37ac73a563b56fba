// The session's row commands: each one undo step, refused when its rows are out of range.
#include "ui/session/editsession.h"
#include "ui/session/insertrowcommand.h"
#include "ui/session/moverowcommand.h"
#include "ui/session/removerowcommand.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace leadopp::ui {

namespace {

bool isArraySection(core::Section section)
{
    const core::SectionSpec *spec = core::FieldCatalogue::section(section);
    return spec && spec->isArray;
}

QString rowCommandText(const char *text, core::Section section)
{
    return QCoreApplication::translate("UndoCommand", text)
        .arg(core::FieldCatalogue::label(*core::FieldCatalogue::section(section)));
}

} // namespace

bool EditSession::insertRow(core::Section section, int row, const QJsonObject &values)
{
    return isArraySection(section)
        && insertRows(section, row, { values },
                      rowCommandText(QT_TRANSLATE_NOOP("UndoCommand", "Add %1"), section));
}

bool EditSession::insertRows(core::Section section, int row, const QList<QJsonObject> &rows,
                             const QString &text)
{
    if (!isArraySection(section) || rows.isEmpty() || row < 0
        || row > m_document->rowCount(section))
        return false;
    m_undoStack->push(new InsertRowCommand(m_document, section, row, rows, text));
    return true;
}

bool EditSession::removeRow(core::Section section, int row)
{
    if (!isArraySection(section) || row < 0 || row >= m_document->rowCount(section))
        return false;
    m_undoStack->push(new RemoveRowCommand(m_document, section, row));
    return true;
}

bool EditSession::moveRow(core::Section section, int from, int to)
{
    const int count = isArraySection(section) ? m_document->rowCount(section) : 0;
    if (from < 0 || to < 0 || from >= count || to >= count)
        return false;
    if (from != to)
        m_undoStack->push(new MoveRowCommand(m_document, section, from, to));
    return true;
}

bool EditSession::duplicateRow(core::Section section, int row)
{
    if (!isArraySection(section) || row < 0 || row >= m_document->rowCount(section))
        return false;
    m_undoStack->push(new InsertRowCommand(
        m_document, section, row + 1, { m_document->row(section, row) },
        rowCommandText(QT_TRANSLATE_NOOP("UndoCommand", "Duplicate %1"), section)));
    return true;
}

} // namespace leadopp::ui
