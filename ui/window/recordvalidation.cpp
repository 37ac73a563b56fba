#include "ui/window/recordvalidation.h"

#include <mutex>

namespace leadopp::ui {

// The worker's future is declared after the validation it takes parts of: destroyed first,
// it waits for the worker before the validation goes.
struct PendingValidation::Shared {
    Shared(const QJsonObject &record, core::ExportMode validatedMode,
           const core::CleanTextProof &cleanText)
        : validation(record, validatedMode, cleanText), mode(validatedMode)
    { }

    core::SharedValidation validation;
    const core::ExportMode mode;
    std::future<void> worker;
    std::once_flag finished;
    RecordValidation result;
};

PendingValidation::PendingValidation(std::shared_future<RecordValidation> promised)
    : m_promised(std::move(promised))
{ }

RecordValidation PendingValidation::get() const
{
    if (!m_shared)
        return m_promised.get();
    Shared &shared = *m_shared;
    std::call_once(shared.finished, [&shared] {
        shared.validation.takeParts();
        shared.worker.wait();
        shared.result = { shared.validation.finish(), shared.mode };
    });
    return shared.result;
}

RecordValidation validateAsOpened(const QJsonObject &record, const core::CleanTextProof &cleanText)
{
    const core::ExportMode mode = core::defaultExportMode(record);
    return { core::validateRecord(record, mode, cleanText), mode };
}

PendingValidation validateAside(const QJsonObject &record, const core::CleanTextProof &cleanText)
{
    PendingValidation pending;
    pending.m_shared = std::make_shared<PendingValidation::Shared>(
        record, core::defaultExportMode(record), cleanText);
    core::SharedValidation *validation = &pending.m_shared->validation;
    pending.m_shared->worker
        = std::async(std::launch::async, [validation] { validation->takeParts(); });
    return pending;
}

} // namespace leadopp::ui
