#pragma once

#include "core/codec/exportmode.h"
#include "core/validation/validator.h"

#include <QJsonObject>
#include <QList>
#include <future>

namespace leadopp::ui {

/// A record's whole validation, run on a worker thread while a view builds its widgets:
/// the findings, and the export mode they were computed in.
struct RecordValidation {
    QList<core::Finding> findings;
    core::ExportMode mode = core::ExportMode::Create;
};

/// Findings that are, or will be, ready; get() waits for them.
using PendingValidation = std::shared_future<RecordValidation>;

/// The validation a new EditSession of `record` would run: in the record's default export
/// mode (`cleanText`: see core::validateRecord()).
RecordValidation validateAsOpened(const QJsonObject &record,
                                  const core::CleanTextProof &cleanText = {});
/// validateAsOpened() on a thread of its own.
PendingValidation validateAside(const QJsonObject &record,
                                const core::CleanTextProof &cleanText = {});

} // namespace leadopp::ui
