#include "ui/models/sectiontablemodel.h"

#include "core/catalogue/fieldkinds.h"
#include "ui/models/cellvalue.h"
#include "ui/models/issuedecoration.h"
#include "ui/session/editsession.h"

#include "core/document/document.h"
#include "core/input/localenumber.h"

#include <QAbstractProxyModel>
#include <QBrush>

namespace leadopp::ui {

SectionTableModel::SectionTableModel(EditSession *session, core::Section section, QObject *parent)
    : QAbstractTableModel(parent), m_session(session), m_section(section),
      m_key(core::FieldCatalogue::section(section)->key)
{
    for (const core::FieldSpec *spec : core::FieldCatalogue::fieldsOf(section)) {
        if (!spec->readOnly)
            m_columns.append(spec);
    }
    m_rowCount = documentRowCount();
    updateTotal();
    connectDocument(session->document());
    connect(session, &EditSession::issuesChanged, this, &SectionTableModel::onIssuesChanged);
    // After a reset the views read every row again: the digests start over, unannounced.
    connect(this, &QAbstractItemModel::modelReset, this,
            [this] { m_issueDigests = issueDigestsNow(); });
    m_issueDigests = issueDigestsNow();
}

QModelIndex sectionCellOf(QModelIndex viewIndex)
{
    while (auto *proxy = qobject_cast<const QAbstractProxyModel *>(viewIndex.model()))
        viewIndex = proxy->mapToSource(viewIndex);
    return viewIndex;
}

const core::FieldSpec *SectionTableModel::fieldAt(int column) const
{
    return column >= 0 && column < m_columns.size() ? m_columns.at(column) : nullptr;
}

int SectionTableModel::columnOf(const QString &memberName) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i)->name() == memberName)
            return i;
    }
    return -1;
}

QJsonObject SectionTableModel::documentRow(int row) const
{
    return m_session->document()->row(m_section, row);
}

int SectionTableModel::documentRowCount() const
{
    return m_session->document()->rowCount(m_section);
}

QJsonValue SectionTableModel::cellJson(int row, int column) const
{
    return row < documentRowCount() ? documentRow(row).value(m_columns.at(column)->name())
                                    : QJsonValue(QJsonValue::Undefined);
}

QString SectionTableModel::rowPath(int row) const
{
    return m_key + u'[' + QString::number(row) + u']';
}

QString SectionTableModel::cellPath(int row, int column) const
{
    return rowPath(row) + u'.' + m_columns.at(column)->name();
}

core::FieldPath SectionTableModel::pathForIndex(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return core::FieldPath::invalid();
    return core::FieldPath()
        .member(m_key)
        .index(index.row())
        .member(fieldAt(index.column())->name());
}

QModelIndex SectionTableModel::indexForPath(const core::FieldPath &path) const
{
    if (path.size() < 2 || path.segments().first() != core::FieldPath::Segment(m_key))
        return {};
    const int row = path.rowIndex();
    if (row < 0 || row >= m_rowCount)
        return {};
    if (path.size() == 2)
        return index(row, 0);
    const QString *member = std::get_if<QString>(&path.segments().at(2));
    const int column = member ? columnOf(*member) : -1;
    return column >= 0 ? index(row, column) : index(row, 0);
}

double SectionTableModel::totalAmount() const
{
    return m_total;
}

double SectionTableModel::amountOfRows(int first, int last) const
{
    double sum = 0;
    const int count = documentRowCount();
    for (int row = qMax(first, 0); row <= last && row < count; ++row) {
        const QJsonValue amount = documentRow(row).value(QLatin1String("amount"));
        if (amount.isDouble())
            sum += amount.toDouble();
    }
    return sum;
}

void SectionTableModel::updateTotal()
{
    if (m_section != core::Section::OfferLines)
        return;
    double sum = 0;
    for (const QJsonValue row : m_session->document()->rows(m_section)) {
        const QJsonValue amount = row.toObject().value(QLatin1String("amount"));
        if (amount.isDouble())
            sum += amount.toDouble();
    }
    setTotal(sum);
}

void SectionTableModel::setTotal(double total)
{
    if (m_section != core::Section::OfferLines || qFuzzyCompare(1 + total, 1 + m_total))
        return;
    m_total = total;
    Q_EMIT totalAmountChanged(total);
}

int SectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int SectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::FieldSpec *spec = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(cellJson(index.row(), index.column()), *spec);
    case Qt::EditRole:
        return cellValue(cellJson(index.row(), index.column()), *spec);
    case JsonValueRole:
        return QVariant::fromValue(cellJson(index.row(), index.column()));
    case Qt::TextAlignmentRole: // amounts line up by their last digit
        return core::kindTraits(spec->kind).number ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                   : QVariant();
    case PathRole:
        return cellPath(index.row(), index.column());
    case ShownTextRole:
        return shownText(index.column(), cellJson(index.row(), index.column()));
    case Qt::AccessibleTextRole: { // an empty cell still has a name: its column
        const QString text = shownText(index.column(), cellJson(index.row(), index.column()));
        return text.isEmpty() ? core::FieldCatalogue::label(*spec) : text;
    }
    case Qt::DecorationRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
    case ErrorRole:
    case IssueKindRole:
        return issueData(cellPath(index.row(), index.column()), role);
    default:
        return {};
    }
}

QString SectionTableModel::shownText(int column, const QJsonValue &value) const
{
    const core::FieldSpec &spec = *m_columns.at(column);
    if (!value.isString())
        return displayValue(value, spec).toString();
    return spec.kind == core::FieldKind::Enum
        ? core::FieldCatalogue::enumLabel(spec, value.toString())
        : value.toString();
}

// Amounts read in the rep's locale with the opportunity's currency ("12.400,50 EUR");
// editing and export keep the number itself.
QVariant SectionTableModel::displayValue(const QJsonValue &value, const core::FieldSpec &spec) const
{
    const auto cellNumber = core::kindTraits(spec.kind).cellNumber;
    if (cellNumber && value.isDouble())
        return cellNumber(value.toDouble());
    if (spec.kind != core::FieldKind::Number || !value.isDouble())
        return cellValue(value, spec);
    return core::displayAmount(value.toDouble(), currency());
}

QVariant SectionTableModel::issueData(const QString &path, int role) const
{
    if (!m_session->hasIssuesAt(path))
        return {};
    const QList<FieldIssue> issues = m_session->issuesAt(path);
    const FieldIssue *worst = worstIssue(issues);
    if (!worst)
        return {};
    switch (role) {
    case Qt::DecorationRole:
        return issueIcon(worst->kind);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: // what a screen reader says after the cell's name
        return issueToolTip(issues);
    case Qt::BackgroundRole:
        return QBrush(issueLook(worst->kind).tint);
    case Qt::ForegroundRole: // the tint's own text colour, never the style's guess on it
        return QBrush(issueLook(worst->kind).text);
    case ErrorRole: {
        QStringList messages;
        for (const FieldIssue &issue : issues)
            messages.append(issue.message);
        return messages.join(u'\n');
    }
    case IssueKindRole:
        return int(worst->kind);
    default:
        return {};
    }
}

bool SectionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QJsonValue input = value.metaType() == QMetaType::fromType<QJsonValue>()
        ? value.value<QJsonValue>()
        : value.metaType() == QMetaType::fromType<QString>()
        ? typedValue(index.column(), value.toString())
        : cellInput(value, *m_columns.at(index.column()));
    const QJsonValue current = cellJson(index.row(), index.column());
    // Clearing a cell that holds an empty text or null changes nothing worth an undo step.
    if (input.isUndefined()
        && (current.isUndefined() || current.isNull()
            || (current.isString() && current.toString().isEmpty())))
        return true;
    // A committed cell is a step of its own, like a committed date.
    return m_session->setValue(pathForIndex(index), input, EditSession::Edit::Choice);
}

Qt::ItemFlags SectionTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant SectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        const core::FieldSpec *spec = fieldAt(section);
        if (spec && role == Qt::InitialSortOrderRole) // a first click sorts A to Z
            return int(Qt::AscendingOrder);
        if (!spec || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        return role == Qt::DisplayRole ? core::FieldCatalogue::label(*spec) : spec->pattern;
    }
    if (section < 0 || section >= m_rowCount)
        return {};
    if (role == Qt::DisplayRole)
        return section + 1;
    if (role == Qt::DecorationRole || role == Qt::ToolTipRole
        || role == Qt::AccessibleDescriptionRole || role == ErrorRole || role == IssueKindRole)
        return issueData(rowPath(section), role);
    return {};
}

} // namespace leadopp::ui
