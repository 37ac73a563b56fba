#pragma once

#include <QJsonObject>

namespace leadopp::core {

/// What the reader knows of a record's text without walking it: no string and no member name
/// holds a NUL character or half of a surrogate pair. The reader scans every byte it parses,
/// and such text can only come from a NUL byte or an escape it looks for (\u0000,
/// \uD800-\uDFFF), so when it met none it vouches for the record it built. The vouch holds
/// for that record's content only: a record edited since, or one built elsewhere, is not
/// covered and is still walked by validateRecord().
class CleanTextProof final
{
public:
    CleanTextProof() = default; ///< vouches for nothing

    /// Only for a record whose every string was read from bytes scanned as above.
    static CleanTextProof vouchFor(const QJsonObject &record)
    {
        CleanTextProof proof;
        proof.m_record = record;
        proof.m_vouched = true;
        return proof;
    }

    /// True when `record` is the vouched record. A copy of it shares its data and is told
    /// at once; an edited record differs, and is told by a comparison that stops at the
    /// first difference (equal content would be just as clean).
    bool covers(const QJsonObject &record) const { return m_vouched && record == m_record; }

private:
    QJsonObject m_record;
    bool m_vouched = false;
};

} // namespace leadopp::core
