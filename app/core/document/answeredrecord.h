#pragma once

#include "core/document/draft.h"

#include <QJsonObject>

namespace leadopp::core {

/// The record a draft's rejection answered, as far as the draft tells it, for the values
/// its server errors refused (an error is addressed once its value differs from the one
/// refused). So an error fixed before the draft was saved stays addressed when the draft is
/// opened again or restored after a crash. In order of trust:
/// - the body of the submission attempt the rejection answered (the attempt with its trace
///   id, else the last with its status), laid over the server copy for an update, which
///   carries only what changed;
/// - the record the answer echoes (a 400's `data`);
/// - the draft's record itself.
QJsonObject answeredRecord(const Draft &draft);

} // namespace leadopp::core
