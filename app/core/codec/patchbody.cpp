#include "core/codec/patchbody.h"

#include "core/catalogue/fieldcatalogue.h"
#include "core/codec/indentedjson.h"

#include <QJsonArray>

namespace leadopp::core {

namespace {

const QLatin1String kLead("leadOpportunity");
const QLatin1String kPartnerOpportunityId("partnerLeadOpportunityId");

// A merge-style PATCH keeps whatever member it does not name, so a member the rep cleared
// has to be sent empty to reach the server. An empty date is refused (406), so a cleared
// date stays unsent; the review lists it all the same.
QJsonValue clearedValue(const QString &container, const QString &member, const QJsonValue &old)
{
    const FieldSpec *spec = FieldCatalogue::find(QString(container + u'.' + member));
    if (spec && spec->kind == FieldKind::DateTime)
        return QJsonValue(QJsonValue::Undefined);
    if (old.isArray())
        return QJsonArray();
    return old.isString() ? QJsonValue(QString()) : QJsonValue(QJsonValue::Undefined);
}

void addClearedMembers(const QString &container, const QJsonObject &theirs, QJsonObject &sent,
                       const QJsonObject &mine)
{
    for (auto it = theirs.begin(); it != theirs.end(); ++it) {
        if (mine.contains(it.key()))
            continue;
        const QJsonValue cleared = clearedValue(container, it.key(), it.value());
        if (!cleared.isUndefined() && cleared != it.value())
            sent.insert(it.key(), cleared);
    }
}

QJsonObject changedLeadMembers(const QJsonObject &mine, const QJsonObject &theirs)
{
    QJsonObject lead;
    if (mine.contains(kPartnerOpportunityId))
        lead.insert(kPartnerOpportunityId, mine.value(kPartnerOpportunityId));
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        if (theirs.value(it.key()) != it.value())
            lead.insert(it.key(), it.value());
    }
    addClearedMembers(kLead, theirs, lead, mine);
    return lead;
}

// A changed object section travels whole (the API documents no way to name one of its
// members alone), with its cleared members sent empty; a list travels whole as it is.
QJsonValue changedSection(const QString &key, const QJsonValue &mine, const QJsonValue &theirs)
{
    if (!mine.isObject())
        return mine;
    QJsonObject section = mine.toObject();
    addClearedMembers(key, theirs.toObject(), section, mine.toObject());
    return section;
}

// The PATCH body from both sides as exported (`theirs` empty: everything is sent).
QJsonObject patchOfExports(const QJsonObject &mine, const QJsonObject &theirs)
{
    QJsonObject body;
    // A section the draft no longer holds is not sent at all: an empty one would only make
    // the API demand its required members, and what it would clear is undocumented.
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        const QJsonValue old = theirs.value(it.key());
        if (it.key() != kLead && old != it.value())
            body.insert(it.key(), changedSection(it.key(), it.value(), old));
    }
    body.insert(kLead,
                changedLeadMembers(mine.value(kLead).toObject(), theirs.value(kLead).toObject()));
    return body;
}

} // namespace

QJsonObject patchObject(const QJsonObject &record, const QJsonObject &base, PatchScope scope)
{
    const QJsonObject mine = exportObject(record, ExportMode::Update);
    if (scope == PatchScope::Whole || base.isEmpty())
        return mine;
    return patchOfExports(mine, exportObject(base, ExportMode::Update));
}

// A draft's records carry canonical names (they were normalised when read), so they are
// exported without normalising them again: on a big draft that check is a look-up per
// member of every row.
QJsonObject requestObject(const Draft &draft, ExportMode mode, PatchScope scope)
{
    const QJsonObject mine = exportCanonicalObject(draft.record, mode);
    if (sendsWholeRecord(draft, mode, scope))
        return mine;
    return patchOfExports(mine, exportCanonicalObject(draft.base.record, ExportMode::Update));
}

bool sendsWholeRecord(const Draft &draft, ExportMode mode, PatchScope scope)
{
    return mode == ExportMode::Create || scope == PatchScope::Whole || draft.base.isNull();
}

QByteArray requestBody(const Draft &draft, ExportMode mode, PatchScope scope)
{
    if (sendsWholeRecord(draft, mode, scope))
        return exportCanonicalBody(draft.record, mode);
    return toIndentedJson(requestObject(draft, mode, scope));
}

QJsonObject mergedAfterPatch(const QJsonObject &base, const QJsonObject &sent)
{
    QJsonObject merged = base;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (it.key() != kLead) {
            merged.insert(it.key(), it.value());
            continue;
        }
        QJsonObject lead = merged.value(kLead).toObject();
        const QJsonObject members = it.value().toObject();
        for (auto member = members.begin(); member != members.end(); ++member)
            lead.insert(member.key(), member.value());
        merged.insert(kLead, lead);
    }
    return merged;
}

} // namespace leadopp::core
