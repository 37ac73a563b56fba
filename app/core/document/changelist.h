#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace leadopp::core {

struct Draft;

/// One field whose value differs between the server copy and the draft.
struct FieldChange {
    QString path;  ///< concrete canonical path: "leadOpportunity.status", "offerLines[1].amount"
    QString label; ///< translated: "Status", "Offer line 2 · Amount"
    QJsonValue before; ///< Undefined when the base has no value there
    QJsonValue after;  ///< Undefined when the draft has no value there

    friend bool operator==(const FieldChange &a, const FieldChange &b)
    {
        return a.path == b.path && a.before == b.before && a.after == b.after;
    }
};

/// What changes against `base`, field by field, in form order: rows are compared by
/// position (a row only one side holds shows each of its members as added or removed).
/// Both records are compared as exported, so only what the API would see counts.
QList<FieldChange> fieldChanges(const QJsonObject &base, const QJsonObject &record);

/// The changes of fieldChanges(draft.base.record, draft.record) that the draft's update
/// cannot carry: a cleared date (the API refuses an empty one), a section emptied or
/// removed (what an empty one would clear is undocumented). The server keeps its values
/// there however often the update is sent. Empty when the update sends the whole record.
QList<FieldChange> unsentChanges(const Draft &draft);
/// Why an unsent change stays unsent, as the review and `leadopp diff` say it.
QString unsentReason();
/// changeLine() of a change that stays unsent, with unsentReason() after it.
QString unsentChangeLine(const FieldChange &change);
/// The paths of `changes`, in order.
QStringList changePaths(const QList<FieldChange> &changes);

/// A value as the review shows it: text as is, lists joined by ", ", "(empty)" for none.
QString changeValueText(const QJsonValue &value);
/// "Label: old → new", one line.
QString changeLine(const FieldChange &change);

} // namespace leadopp::core
