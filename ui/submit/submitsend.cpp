#include "ui/submit/submitcontroller.h"

#include "core/document/document.h"
#include "net/apiclient.h"
#include "net/apijob.h"
#include "net/submissionworkflow.h"
#include "ui/session/editsession.h"

#include <QThread>
#include <memory>

namespace leadopp::ui {

// A big draft takes longer to turn into a body than a frame lasts: the body is built on a
// worker thread from a copy of the draft (shared, never written there) and sent from here.
void SubmitController::send(const QString &key)
{
    const core::Document *document = m_runningSession->document();
    m_sent = document->snapshot();
    setState(State::Sending);
    auto built = std::make_shared<net::ApiRequest>();
    QThread *builder = QThread::create(
        [built, draft = document->draft(), mode = m_runningSession->exportMode(),
         scope = patchScope()] { *built = net::buildSubmitRequest(draft, mode, scope); });
    m_builder = builder;
    connect(builder, &QThread::finished, this, [this, builder, built, key] {
        builder->deleteLater();
        if (m_builder == builder) // not cancelled nor replaced meanwhile
            startJob(std::move(*built), key);
    });
    builder->start();
}

void SubmitController::startJob(net::ApiRequest request, const QString &key)
{
    m_builder = nullptr;
    const net::Environment environment = m_request.environment;
    m_request = std::move(request);
    m_request.environment = environment;
    m_request.apiKey = key;
    m_job = m_client->start(m_request);
    m_request.apiKey.clear();
    connect(m_job, &net::ApiJob::finished, this, &SubmitController::onJobFinished);
}

} // namespace leadopp::ui
