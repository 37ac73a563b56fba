#pragma once

#include <QList>
#include <QString>

namespace leadopp::core {

/// How far a server-named path resolved against the document.
enum class MatchKind {
    Exact,   ///< the field (or cell) itself
    Partial, ///< the deepest node that resolves: a row or a section
    Record,  ///< nothing resolved, or no path at all
};

/// One error from a rejection, mapped onto the document.
struct FieldError {
    QString path; ///< canonical path; empty for record level
    MatchKind match = MatchKind::Record;
    QString message; ///< the server's message, verbatim (raw path appended when partial)
    QString code;    ///< server error code ("ERR801"), empty when none
    QString rawPath; ///< the path exactly as the server wrote it, empty when none

    friend bool operator==(const FieldError &a, const FieldError &b)
    {
        return a.path == b.path && a.match == b.match && a.message == b.message && a.code == b.code
            && a.rawPath == b.rawPath;
    }
};

QString matchKindName(MatchKind kind); ///< "exact" / "partial" / "record"

} // namespace leadopp::core

// Moved in memory as a block when a list of them grows: thousands are collected at once.
Q_DECLARE_TYPEINFO(leadopp::core::FieldError, Q_RELOCATABLE_TYPE);
