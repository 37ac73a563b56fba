#pragma once

#include <QString>
#include <QUrl>

namespace leadopp::net {

/// One place the partner API can be reached.
struct Environment {
    QString id;          ///< "sandbox", "ppt", "qal", "ptd", "ppd", "prd" or "custom-N"
    QString displayName; ///< translated for built-ins, user-given for custom ones
    QUrl baseUrl;        ///< scheme + host (+ port), no path; empty for a sandbox not started
    bool production = false;
    bool sandbox = false;
    bool createV1 = false; ///< create with POST /v1/... instead of the deprecated /v0/...
    bool custom = false;   ///< user-added (persisted) or given on the command line

    bool isValid() const { return !id.isEmpty(); }
    friend bool operator==(const Environment &a, const Environment &b)
    {
        return a.id == b.id && a.displayName == b.displayName && a.baseUrl == b.baseUrl
            && a.production == b.production && a.sandbox == b.sandbox && a.createV1 == b.createV1
            && a.custom == b.custom;
    }
    friend bool operator!=(const Environment &a, const Environment &b) { return !(a == b); }
};

} // namespace leadopp::net
