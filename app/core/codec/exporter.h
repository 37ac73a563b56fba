#pragma once

#include "core/codec/exportmode.h"

#include <QByteArray>
#include <QJsonObject>

namespace leadopp::core {

/// Exactly the body the API would receive: catalogue members only, canonical names,
/// plural contact keys, ISO 8601 UTC date-times, response-only members, nulls and empty
/// dates removed. Invalid values (a text where a number belongs) are sent as they are:
/// validation reports them. Null items of lists are dropped. Rows are never dropped (error
/// paths count them). Empty optional sections are left out; leadOpportunity is always
/// sent, and in Create mode so are offerLines and customerLegalEntity (POST requires
/// them), so the API's answer names their missing members.
QJsonObject exportObject(const QJsonObject &record, ExportMode mode);
/// exportObject() of a record whose member names are canonical already, as a Draft's record
/// is (normalised when read): the same body without normalising the record again.
QJsonObject exportCanonicalObject(const QJsonObject &canonicalRecord, ExportMode mode);
/// exportCanonicalObject() as indented JSON (toIndentedJson()), the rows filtered as they are
/// written instead of into objects of their own.
QByteArray exportCanonicalBody(const QJsonObject &canonicalRecord, ExportMode mode);
/// exportObject() as indented JSON; the same record always gives the same bytes.
QByteArray exportBody(const QJsonObject &record, ExportMode mode);

/// Normalises one date-time text to ISO 8601 UTC with milliseconds
/// ("2025-06-30" -> "2025-06-30T00:00:00.000Z"); returns a null QString when the text is
/// not a date or date-time.
QString toIsoUtc(const QString &text);

} // namespace leadopp::core
