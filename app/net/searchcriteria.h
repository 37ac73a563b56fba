#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace leadopp::net {

/// A modification window the search is asked about, both ends UTC.
struct SearchWindow {
    QDateTime from;
    QDateTime to;

    friend bool operator==(const SearchWindow &a, const SearchWindow &b)
    {
        return a.from == b.from && a.to == b.to;
    }
};

/// The API answers a modifiedDate window of at most seven days.
inline constexpr qint64 kMaxSearchWindowSecs = 7 * 24 * 3600;

/// [from, to] cut into consecutive windows of at most seven days, oldest first; empty when
/// either end is invalid or `to` lies before `from`.
QList<SearchWindow> splitSearchWindow(const QDateTime &from, const QDateTime &to);

/// {"data": [{"modifiedDate": {"fromDate", "toDate"}}]}, ISO 8601 UTC without milliseconds
/// as the official examples write them.
QByteArray searchBodyForWindow(const SearchWindow &window);
/// {"data": [{"partnerLeadOpportunityId": [ids...]}]}
QByteArray searchBodyForPartnerIds(const QStringList &partnerIds);

/// The 3DS ids of a search answer (data[].dsLeadOpportunityId[]), in order, without
/// repeats; empty when the body holds none.
QStringList idsFromSearchAnswer(const QByteArray &body);
/// True when `body` is a search answer at all: a JSON object whose `data` is a list. An
/// empty list says no lead matched; anything else says nothing.
bool isSearchAnswer(const QByteArray &body);

} // namespace leadopp::net
