#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadopp::sandbox {

/// The sandbox's leads: canonical records keyed by their 3DS id, in creation order,
/// optionally persisted to one JSON file that is rewritten atomically on every change.
class LeadStore final
{
public:
    LeadStore(); ///< seeded with seedLeads()

    QStringList ids() const;
    const QList<QJsonObject> &records() const { return m_records; }
    /// The record with that 3DS id; an empty object when there is none.
    QJsonObject find(const QString &dsId) const;
    /// The 3DS id of the record with that partner id; empty when there is none.
    QString findByPartnerId(const QString &partnerId) const;

    /// Stores a new record (a normalised create body); returns its new 3DS id.
    QString create(const QJsonObject &body);
    /// Merges a normalised update body into the record (sections member-wise, lists
    /// replaced, response-only members ignored) and stamps modifiedDate.
    void merge(const QString &dsId, const QJsonObject &body);

    /// Loads `directory`/leads.json when present (else writes the current leads there) and
    /// saves every later change. False when the directory or file is unusable.
    bool setDirectory(const QString &directory);
    QString filePath() const { return m_filePath; }
    QString lastError() const { return m_lastError; }

private:
    int indexOf(const QString &dsId) const;
    QString newId() const;
    bool load();
    bool save();

    QList<QJsonObject> m_records;
    QString m_filePath;
    QString m_lastError;
};

} // namespace leadopp::sandbox
