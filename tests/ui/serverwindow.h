// The real window against an in-process sandbox, with the fetch side's helpers: the
// server's own copy changed through its API (a PATCH as any other client would send),
// and the dialogs found as the rep would meet them.
#pragma once

#include "core/catalogue/fieldpath.h"
#include "core/codec/documentreader.h"
#include "core/codec/patchbody.h"
#include "core/document/jsonaccess.h"
#include "net/apijob.h"
#include "sandboxwindow.h"
#include "windowdriver.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

namespace leadopp::test {

class ServerWindowTest : public SandboxWindowTest
{
protected:
    void SetUp() override
    {
        SandboxWindowTest::SetUp();
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }

    net::ApiResult call(net::ApiRequest request)
    {
        request.environment = environments.current();
        request.apiKey = QStringLiteral("any-key-opens-the-sandbox");
        net::ApiJob *job = client.start(request);
        QSignalSpy finished(job, &net::ApiJob::finished);
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<net::ApiResult>();
    }

    /// The server's copy of a lead now (as a draft based on it).
    core::Draft serverCopy(const QString &dsId)
    {
        net::ApiRequest get;
        get.operation = net::ApiRequest::Get;
        get.dsLeadOpportunityId = dsId;
        return core::readDocument(call(get).body).draft;
    }

    /// Changes one value of the server's copy with a PATCH of that value alone.
    bool changeOnServer(const QString &dsId, const char *path, const QJsonValue &value)
    {
        core::Draft draft = serverCopy(dsId);
        if (!core::setValueAt(draft.record, core::FieldPath::parse(QString::fromLatin1(path)),
                              value))
            return false;
        net::ApiRequest patch;
        patch.operation = net::ApiRequest::Update;
        patch.dsLeadOpportunityId = dsId;
        patch.body = core::requestBody(draft, core::ExportMode::Update);
        return call(patch).isAccepted();
    }

    /// Presses `key` and waits for the modal dialog of type Dialog it opens.
    template<typename Dialog> Dialog *dialogFrom(Qt::Key key, Qt::KeyboardModifiers modifiers)
    {
        press(window.get(), key, modifiers);
        Dialog *dialog = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            return dialog && dialog->isActiveWindow();
        });
        return shown ? dialog : nullptr;
    }

    /// Waits until the current draft is the lead `dsId`.
    bool waitForLead(const QString &dsId)
    {
        return QTest::qWaitFor(
            [&] {
                return window->currentView()
                    && window->currentView()->document()->draft().dsLeadOpportunityId() == dsId;
            },
            10000);
    }
};

} // namespace leadopp::test
