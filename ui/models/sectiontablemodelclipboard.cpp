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
    const core::PastedText pasted = core::pastedText(spec, clipboard.text());
    if (pasted.refusal.isEmpty())
        setData(cell, QVariant::fromValue(pasted.value));
    return pasted.refusal;
}

QString SectionTableModel::pasteCells(const QList<PastedCell> &cells)
{
    QList<QJsonValue> values;
    int rows = m_rowCount;
    for (const PastedCell &cell : cells) {
        const core::FieldSpec *spec = fieldAt(cell.column);
        if (!spec || cell.row < 0)
            return {};
        const core::PastedText pasted = cell.text.trimmed().isEmpty()
            ? core::PastedText()
            : core::pastedText(*spec, cell.text);
        if (!pasted.refusal.isEmpty()) {
            const QString label
                = core::FieldCatalogue::labelForPath(cellPath(cell.row, cell.column));
            return tr("%1: %2").arg(label, pasted.refusal);
        }
        values.append(pasted.value);
        rows = std::max(rows, cell.row + 1);
    }
    QUndoStack *history = m_session->undoStack();
    history->beginMacro(tr("Paste %1 cells").arg(QLocale().toString(cells.size())));
    while (m_rowCount < rows && m_session->insertRow(m_section, m_rowCount)) { }
    for (qsizetype i = 0; i < cells.size(); ++i)
        setData(index(cells.at(i).row, cells.at(i).column), QVariant::fromValue(values.at(i)));
    history->endMacro();
    return {};
}

} // namespace leadopp::ui
