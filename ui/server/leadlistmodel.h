#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace leadopp::ui {

/// The leads a search found: the 3DS id is all a search answers; the partner opportunity
/// id, status and modification time are known only for the leads whose details were
/// fetched (Find Leads fetches them for the selected row alone).
class LeadListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadListModel)

public:
    enum Column { DsIdColumn, PartnerIdColumn, StatusColumn, ModifiedColumn, ColumnCount };

    explicit LeadListModel(QObject *parent = nullptr);

    void setIds(const QStringList &ids);
    QString dsIdAt(int row) const;
    bool hasDetails(int row) const;
    /// Fills the row of `dsId` from a canonical record of that lead.
    void setDetails(const QString &dsId, const QJsonObject &record);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Lead {
        QString dsId;
        QString partnerId;
        QString status;
        QString modified;
        bool detailed = false;
    };

    QString textAt(const Lead &lead, int column) const;

    QList<Lead> m_leads;
};

} // namespace leadopp::ui
