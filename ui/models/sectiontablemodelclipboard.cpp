// Copy and paste of one cell.
#include "core/catalogue/pastedtext.h"
#include "ui/models/sectiontablemodel.h"
#include "ui/session/editsession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QUndoStack>

namespace leadopp::ui {

namespace {

const QString kCellFormat = QStringLiteral("application/x-leadopp-cell");

} // namespace

std::optional<QJsonValue> SectionTableModel::copiedValue(const QMimeData &clipboard,
                                                         const QString &pattern)
{
    if (!clipboard.hasFormat(kCellFormat))
        return std::nullopt;
    const QJsonObject copied = QJsonDocument::fromJson(clipboard.data(kCellFormat)).object();
    const QJsonArray value = copied.value(QStringLiteral("value")).toArray();
    if (copied.value(QStringLiteral("field")).toString() != pattern || value.size() != 1)
        return std::nullopt;
    return value.first().isNull() ? QJsonValue(QJsonValue::Undefined) : value.first();
}

bool SectionTableModel::holdsCopiedCell(const QMimeData &clipboard)
{
    return clipboard.hasFormat(kCellFormat);
}

QStringList SectionTableModel::mimeTypes() const
{
    return { QStringLiteral("text/plain"), kCellFormat };
}

QMimeData *SectionTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || !checkIndex(indexes.first(), CheckIndexOption::IndexIsValid))
        return nullptr;
    const QModelIndex &cell = indexes.first();
    const QJsonValue value = cellJson(cell.row(), cell.column());
    auto *mime = new QMimeData;
    mime->setText(shownText(cell.column(), value));
    // In an array, so that any value (a bare number, an empty cell as null) is a document.
    const QJsonObject copied { { QStringLiteral("field"), m_columns.at(cell.column())->pattern },
                               { QStringLiteral("value"), QJsonArray { value } } };
    mime->setData(kCellFormat, QJsonDocument(copied).toJson(QJsonDocument::Compact));
    return mime;
}

QString SectionTableModel::paste(const QModelIndex &cell, const QMimeData &clipboard)
{
    if (!checkIndex(cell, CheckIndexOption::IndexIsValid) || !(flags(cell) & Qt::ItemIsEditable))
        return {};
    const core::FieldSpec &spec = *m_columns.at(cell.column());
    if (const std::optional<QJsonValue> copied = copiedValue(clipboard, spec.pattern)) {
        setData(cell, QVariant::fromValue(*copied));
        return {};
    }
    // One cell a spreadsheet copied in quotes is pasted as its text.
    const QList<QStringList> cells = core::clipboardCells(clipboard.text());
    const bool oneCell = cells.size() == 1 && cells.first().size() == 1;
    const core::PastedText pasted = core::pastedText(
        spec, typedText(cell.column(), oneCell ? cells.first().first() : clipboard.text()));
    if (pasted.refusal.isEmpty())
        setData(cell, QVariant::fromValue(pasted.value));
    return pasted.refusal;
}

// The value each cell's text stores; on a refusal, none, and `refusal` names the cell.
QList<QJsonValue> SectionTableModel::pastedValues(const QList<PastedCell> &cells,
                                                  QString *refusal) const
{
    QList<QJsonValue> values;
    for (const PastedCell &cell : cells) {
        const core::PastedText pasted = cell.text.trimmed().isEmpty()
            ? core::PastedText()
            : core::pastedText(*m_columns.at(cell.column), typedText(cell.column, cell.text));
        if (!pasted.refusal.isEmpty()) {
            const QString label
                = core::FieldCatalogue::labelForPath(cellPath(cell.row, cell.column));
            *refusal = tr("%1: %2").arg(label, pasted.refusal);
            return {};
        }
        values.append(pasted.value);
    }
    return values;
}

// The rows past the last come in whole, as one insertion: a block of thousands of lines is
// one change for the views and the checks, not one a cell.
QString SectionTableModel::pasteCells(const QList<PastedCell> &cells)
{
    int rows = m_rowCount;
    for (const PastedCell &cell : cells) {
        if (!fieldAt(cell.column) || cell.row < 0)
            return {};
        rows = std::max(rows, cell.row + 1);
    }
    QString refusal;
    const QList<QJsonValue> values = pastedValues(cells, &refusal);
    if (!refusal.isEmpty())
        return refusal;
    const int existing = m_rowCount;
    QList<QJsonObject> added(rows - existing);
    const QString text = tr("Paste %1 cells").arg(QLocale().toString(cells.size()));
    QUndoStack *history = m_session->undoStack();
    history->beginMacro(text);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const PastedCell &cell = cells.at(i);
        if (cell.row < existing)
            setData(index(cell.row, cell.column), QVariant::fromValue(values.at(i)));
        else if (!values.at(i).isUndefined())
            added[cell.row - existing].insert(m_columns.at(cell.column)->name(), values.at(i));
    }
    if (!added.isEmpty())
        m_session->insertRows(m_section, existing, added, text);
    history->endMacro();
    return {};
}

} // namespace leadopp::ui
