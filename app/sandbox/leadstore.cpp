#include "sandbox/leadstore.h"
#include "sandbox/leadkeys.h"

#include "core/catalogue/fieldcatalogue.h"
#include "sandbox/envelopes.h"
#include "sandbox/seedleads.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace leadopp::sandbox {

namespace {

const QString kFormat = QStringLiteral("leadopp-sandbox-store");

QString translate(const char *text)
{
    return QCoreApplication::translate("LeadStore", text);
}

// A client may send back what a GET gave it; the server owns those members.
QJsonObject withoutReadOnly(const QString &section, QJsonObject object)
{
    const QStringList keys = object.keys();
    for (const QString &key : keys) {
        const core::FieldSpec *spec = core::FieldCatalogue::find(QString(section % u'.' % key));
        if (spec && spec->readOnly)
            object.remove(key);
    }
    return object;
}

QJsonObject mergeObjects(QJsonObject target, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        target.insert(it.key(), it.value());
    return target;
}

} // namespace

LeadStore::LeadStore()
{
    const QJsonArray seeds = seedLeads();
    for (const QJsonValue &seed : seeds)
        m_records.append(seed.toObject());
}

QStringList LeadStore::ids() const
{
    QStringList result;
    for (const QJsonObject &record : m_records)
        result.append(record.value(kDsId).toString());
    return result;
}

int LeadStore::indexOf(const QString &dsId) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).value(kDsId).toString() == dsId)
            return i;
    }
    return -1;
}

QJsonObject LeadStore::find(const QString &dsId) const
{
    const int index = indexOf(dsId);
    return index < 0 ? QJsonObject() : m_records.at(index);
}

QString LeadStore::findByPartnerId(const QString &partnerId) const
{
    for (const QJsonObject &record : m_records) {
        if (record.value(kLead)
                .toObject()
                .value(QStringLiteral("partnerLeadOpportunityId"))
                .toString()
            == partnerId)
            return record.value(kDsId).toString();
    }
    return {};
}

QString LeadStore::newId() const
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id;
    do {
        id.clear();
        for (int i = 0; i < 11; ++i) {
            id += i == 4 ? u'-'
                         : QChar::fromLatin1(alphabet[QRandomGenerator::global()->bounded(36)]);
        }
    } while (indexOf(id) >= 0);
    return id;
}

QString LeadStore::create(const QJsonObject &body)
{
    const QString id = newId();
    const QString now = envelopes::nowIso();
    QJsonObject record = body;
    record.insert(kDsId, id);
    QJsonObject lead = withoutReadOnly(kLead, body.value(kLead).toObject());
    lead.insert(QStringLiteral("approvalStatus"), QStringLiteral("PENDING"));
    lead.insert(QStringLiteral("createdDate"), now);
    lead.insert(QStringLiteral("modifiedDate"), now);
    record.insert(kLead, lead);
    m_records.append(record);
    if (save())
        return id;
    m_records.removeLast(); // what the file does not hold was never created
    return QString();
}

bool LeadStore::merge(const QString &dsId, const QJsonObject &body)
{
    const int index = indexOf(dsId);
    if (index < 0)
        return false;
    QJsonObject record = m_records.at(index);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == kDsId)
            continue;
        if (it.value().isObject() && record.value(it.key()).isObject()) {
            const QJsonObject changes = withoutReadOnly(it.key(), it.value().toObject());
            record.insert(it.key(), mergeObjects(record.value(it.key()).toObject(), changes));
        } else {
            record.insert(it.key(), it.value());
        }
    }
    QJsonObject lead = record.value(kLead).toObject();
    lead.insert(QStringLiteral("modifiedDate"), envelopes::nowIso());
    record.insert(kLead, lead);
    const QJsonObject previous = m_records.at(index);
    m_records[index] = record;
    if (save())
        return true;
    m_records[index] = previous;
    return false;
}

bool LeadStore::setDirectory(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        m_lastError = translate("Cannot create the directory %1.").arg(directory);
        return false;
    }
    m_filePath = QDir(directory).filePath(QStringLiteral("leads.json"));
    if (QFile::exists(m_filePath))
        return load();
    return save();
}

bool LeadStore::load()
{
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_lastError = translate("Cannot read %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        m_lastError = translate("%1 is not a sandbox store.").arg(m_filePath);
        return false;
    }
    m_records.clear();
    const QJsonArray leads = root.value(QStringLiteral("leads")).toArray();
    for (const QJsonValue &lead : leads)
        m_records.append(lead.toObject());
    return true;
}

bool LeadStore::save()
{
    if (m_filePath.isEmpty())
        return true;
    QJsonArray leads;
    for (const QJsonObject &record : std::as_const(m_records))
        leads.append(record);
    const QJsonObject root { { QStringLiteral("format"), kFormat },
                             { QStringLiteral("version"), 1 },
                             { QStringLiteral("leads"), leads } };
    m_lastWrite = core::writeFileAtomically(m_filePath, QJsonDocument(root).toJson());
    if (!m_lastWrite.ok) {
        m_lastError = translate("Cannot write %1: %2").arg(m_filePath, m_lastWrite.reason);
        return false;
    }
    return true;
}

} // namespace leadopp::sandbox
