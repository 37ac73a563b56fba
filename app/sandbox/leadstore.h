#pragma once

#include "core/codec/atomicfile.h"

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

    /// Stores a new record (a normalised create body); returns its new 3DS id, or an empty
    /// id when the store file could not be written (the record is then not kept either).
    QString create(const QJsonObject &body);
    /// Merges a normalised update body into the record (sections member-wise, lists
    /// replaced, response-only members ignored) and stamps modifiedDate. False (and the
    /// record unchanged) when the store file could not be written.
    bool merge(const QString &dsId, const QJsonObject &body);

    /// Loads `directory`/leads.json when present (else writes the current leads there) and
    /// saves every later change. False when the directory or file is unusable.
    bool setDirectory(const QString &directory);
    QString filePath() const { return m_filePath; }
    QString lastError() const { return m_lastError; }
    /// The last write of the store file (ok when nothing was written yet).
    const core::FileWriteResult &lastWrite() const { return m_lastWrite; }

private:
    int indexOf(const QString &dsId) const;
    QString newId() const;
    bool load();
    bool save();

    QList<QJsonObject> m_records;
    QString m_filePath;
    QString m_lastError;
    core::FileWriteResult m_lastWrite = core::FileWriteResult::success();
};

} // namespace leadopp::sandbox
