#pragma once

#include "core/document/draft.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace leadopp::core {

/// One field that changed since the base: on the server, in the draft, or on both sides.
struct RefreshField {
    enum Side { Server, Mine, Both };
    QString path;  ///< concrete canonical path
    QString label; ///< translated
    Side side = Server;
    QJsonValue base;   ///< as exported; Undefined when none
    QJsonValue server; ///< as exported; Undefined when none
    QJsonValue mine;   ///< as exported; Undefined when none
};

/// Every field whose value differs between base, server and draft: the server's changes
/// first, then the draft's own, each in form order. A field
/// both sides changed to the same value is no conflict and is left out.
QList<RefreshField> refreshFields(const QJsonObject &base, const QJsonObject &server,
                                  const QJsonObject &mine);

/// The rep's answer for one field: take the server's value or keep the draft's.
struct RefreshChoice {
    QString path;
    bool takeServer = false;
};

/// The draft after a refresh: each field chosen "take the server's" carries the server's
/// value (a row the draft does not hold comes in whole), every other value stays, and the
/// base becomes the server copy. Nothing is decided without a choice: a field of
/// refreshFields() that no choice names keeps the draft's value.
Draft applyRefresh(const Draft &draft, const ServerBase &server,
                   const QList<RefreshChoice> &choices);

} // namespace leadopp::core
