#pragma once

#include "core/codec/documentreader.h"

#include <QByteArray>
#include <QJsonObject>

namespace leadopp::core {

/// Recognises the shape of a parsed top-level object and builds the draft it stands for.
/// `raw` is the file as read: a rejected response keeps it verbatim as the rejection body.
/// The record is normalised (`namesNeedNoRenaming`: see normaliseRecord()) but not yet
/// checked for section types.
ReadResult readShape(const QJsonObject &object, const QByteArray &raw,
                     bool namesNeedNoRenaming = false);

/// A read that failed with `error` (a sentence for the user).
ReadResult readFailure(const QString &error);

} // namespace leadopp::core
