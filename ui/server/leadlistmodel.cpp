#include "ui/server/leadlistmodel.h"

namespace leadopp::ui {

LeadListModel::LeadListModel(QObject *parent) : QAbstractTableModel(parent) { }

void LeadListModel::setIds(const QStringList &ids)
{
    beginResetModel();
    m_leads.clear();
    for (const QString &id : ids)
        m_leads.append(Lead { id, {}, {}, {}, false });
    endResetModel();
}

QString LeadListModel::dsIdAt(int row) const
{
    return row >= 0 && row < m_leads.size() ? m_leads.at(row).dsId : QString();
}

bool LeadListModel::hasDetails(int row) const
{
    return row >= 0 && row < m_leads.size() && m_leads.at(row).detailed;
}

void LeadListModel::setDetails(const QString &dsId, const QJsonObject &record)
{
    const QJsonObject lead = record.value(QLatin1String("leadOpportunity")).toObject();
    for (int row = 0; row < m_leads.size(); ++row) {
        Lead &entry = m_leads[row];
        if (entry.dsId != dsId)
            continue;
        entry.partnerId = lead.value(QLatin1String("partnerLeadOpportunityId")).toString();
        entry.status = lead.value(QLatin1String("status")).toString();
        entry.modified = lead.value(QLatin1String("modifiedDate")).toString();
        entry.detailed = true;
        Q_EMIT dataChanged(index(row, PartnerIdColumn), index(row, ModifiedColumn));
    }
}

int LeadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leads.size());
}

int LeadListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeadListModel::textAt(const Lead &lead, int column) const
{
    switch (column) {
    case DsIdColumn:
        return lead.dsId;
    case PartnerIdColumn:
        return lead.partnerId;
    case StatusColumn:
        return lead.status;
    case ModifiedColumn:
        return lead.modified;
    default:
        return {};
    }
}

QVariant LeadListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_leads.size())
        return {};
    const Lead &lead = m_leads.at(index.row());
    const bool unknown = index.column() != DsIdColumn && !lead.detailed;
    if (role == Qt::DisplayRole)
        return unknown ? QVariant() : QVariant(textAt(lead, index.column()));
    // A blank cell would read as an empty value; say it was not asked yet.
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return unknown ? tr("Not fetched: select the lead to fetch its details")
                       : QVariant(textAt(lead, index.column()));
    return {};
}

QVariant LeadListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DsIdColumn:
        return tr("3DS id");
    case PartnerIdColumn:
        return tr("Partner opportunity id");
    case StatusColumn:
        return tr("Status");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

} // namespace leadopp::ui
