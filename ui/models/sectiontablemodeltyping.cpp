// What a rep types or pastes into a cell, as the cell shows it: an amount with the
// opportunity's currency.
#include "ui/models/sectiontablemodel.h"

#include "core/document/document.h"
#include "core/input/typedamount.h"
#include "ui/models/cellvalue.h"
#include "ui/session/editsession.h"

namespace leadopp::ui {

QString SectionTableModel::currency() const
{
    const QJsonValue code = m_session->document()->value(
        core::FieldPath::parse(QStringLiteral("leadOpportunity.currency")));
    return code.isString() ? code.toString() : QString();
}

QJsonValue SectionTableModel::typedValue(int column, const QString &text) const
{
    return cellInput(typedText(column, text), *m_columns.at(column));
}

QString SectionTableModel::typedText(int column, const QString &text) const
{
    return m_columns.at(column)->kind == core::FieldKind::Number
        ? core::withoutCurrency(text, currency())
        : text;
}

} // namespace leadopp::ui
