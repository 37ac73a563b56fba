#include "core/document/refreshmerge.h"

#include "core/document/changelist.h"
#include "core/document/jsonaccess.h"

#include <QHash>

namespace leadopp::core {

namespace {

QHash<QString, FieldChange> byPath(const QList<FieldChange> &changes)
{
    QHash<QString, FieldChange> index;
    for (const FieldChange &change : changes)
        index.insert(change.path, change);
    return index;
}

// A value of a row the draft does not hold cannot be set alone: the row comes in whole.
void takeServerValue(QJsonObject &record, const QJsonObject &server, const FieldPath &path)
{
    FieldPath row = path;
    while (row.size() > 2)
        row = row.parent();
    const bool inRow = row.size() == 2 && row.rowIndex() >= 0;
    if (inRow && valueAt(record, row).isUndefined())
        setValueAt(record, row, valueAt(server, row));
    else
        setValueAt(record, path, valueAt(server, path));
}

} // namespace

QList<RefreshField> refreshFields(const QJsonObject &base, const QJsonObject &server,
                                  const QJsonObject &mine)
{
    const QList<FieldChange> theirs = fieldChanges(base, server);
    const QHash<QString, FieldChange> ours = byPath(fieldChanges(base, mine));
    const QHash<QString, FieldChange> theirsByPath = byPath(theirs);
    QList<RefreshField> fields;
    for (const FieldChange &change : theirs) {
        const auto mineChange = ours.constFind(change.path);
        if (mineChange == ours.cend()) {
            fields.append({ change.path, change.label, RefreshField::Server, change.before,
                            change.after, change.before });
        } else if (mineChange->after != change.after) {
            fields.append({ change.path, change.label, RefreshField::Both, change.before,
                            change.after, mineChange->after });
        }
    }
    for (const FieldChange &change : fieldChanges(base, mine)) {
        if (!theirsByPath.contains(change.path))
            fields.append({ change.path, change.label, RefreshField::Mine, change.before,
                            change.before, change.after });
    }
    return fields;
}

Draft applyRefresh(const Draft &draft, const ServerBase &server,
                   const QList<RefreshChoice> &choices)
{
    Draft refreshed = draft;
    for (const RefreshChoice &choice : choices) {
        if (choice.takeServer)
            takeServerValue(refreshed.record, server.record, FieldPath::parse(choice.path));
    }
    refreshed.base = server;
    return refreshed;
}

} // namespace leadopp::core
