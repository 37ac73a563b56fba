#include "sandbox/servershape.h"
#include "sandbox/leadkeys.h"

namespace leadopp::sandbox {

namespace {

QString serverSectionKey(const QString &key)
{
    if (key == QLatin1String("customerContacts"))
        return QStringLiteral("customerContact");
    if (key == QLatin1String("partnerContacts"))
        return QStringLiteral("partnerContact");
    return key;
}

} // namespace

QJsonObject toServerShape(const QJsonObject &record)
{
    QJsonObject shaped;
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.key() == kDsId)
            shaped.insert(QStringLiteral("leadOportunityId"), it.value());
        else if (it.key() != QLatin1String("partnerId")) // the server's echo type has none
            shaped.insert(serverSectionKey(it.key()), it.value());
    }
    QJsonObject lead = shaped.value(kLead).toObject();
    if (lead.contains(kPartnerId)) {
        lead.insert(QStringLiteral("partnerExternalId"), lead.take(kPartnerId));
        shaped.insert(kLead, lead);
    }
    return shaped;
}

core::FieldPath toServerPath(const core::FieldPath &path)
{
    QList<core::FieldPath::Segment> segments = path.segments();
    if (segments.isEmpty() || !std::holds_alternative<QString>(segments.first()))
        return path;
    const QString first = std::get<QString>(segments.first());
    segments[0] = serverSectionKey(first);
    if (first == kLead && segments.size() > 1
        && segments.at(1) == core::FieldPath::Segment(kPartnerId))
        segments[1] = QStringLiteral("partnerExternalId");
    return core::FieldPath(segments);
}

QJsonObject toGetShape(const QJsonObject &record)
{
    QJsonObject lead = record.value(kLead).toObject();
    lead.insert(kDsId, record.value(kDsId));
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.key() != kLead && it.key() != kDsId && it.key() != QLatin1String("partnerId"))
            lead.insert(serverSectionKey(it.key()), it.value());
    }
    return lead;
}

} // namespace leadopp::sandbox
