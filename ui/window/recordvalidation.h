#pragma once

#include "core/codec/exportmode.h"
#include "core/validation/validator.h"

#include <QJsonObject>
#include <QList>
#include <future>
#include <memory>

namespace leadopp::ui {

/// A record's whole validation, run on a worker thread while a view builds its widgets:
/// the findings, and the export mode they were computed in.
struct RecordValidation {
    QList<core::Finding> findings;
    core::ExportMode mode = core::ExportMode::Create;
};

/// Findings that are, or will be, ready. Copies share them. A validation started by
/// validateAside() is shared: the thread that asks for the findings first takes part in it
/// (it would only wait otherwise), beside the worker thread that runs it meanwhile.
class PendingValidation final
{
public:
    PendingValidation() = default; ///< no findings will come: !valid()
    /// Findings another thread promised (a read ahead of the window).
    PendingValidation(std::shared_future<RecordValidation> promised);

    bool valid() const { return m_shared || m_promised.valid(); }
    /// The findings; waits for them, or helps to compute them.
    RecordValidation get() const;

private:
    friend PendingValidation validateAside(const QJsonObject &record,
                                           const core::CleanTextProof &cleanText);
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    std::shared_future<RecordValidation> m_promised;
};

/// The validation a new EditSession of `record` would run: in the record's default export
/// mode (`cleanText`: see core::validateRecord()).
RecordValidation validateAsOpened(const QJsonObject &record,
                                  const core::CleanTextProof &cleanText = {});
/// validateAsOpened() begun on a worker thread, shared with the thread that asks for it.
PendingValidation validateAside(const QJsonObject &record,
                                const core::CleanTextProof &cleanText = {});

} // namespace leadopp::ui
