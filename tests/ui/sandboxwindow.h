// The real editor window with its submit services wired to an in-process sandbox on
// 127.0.0.1 (an ephemeral port), as the editor's composition root wires them.
#pragma once

#include "net/apiclient.h"
#include "net/environmentstore.h"
#include "net/memorycredentialstore.h"
#include "sandbox/sandboxserver.h"
#include "ui/window/mainwindow.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace leadopp::test {

class SandboxWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NE(server.listen(0), 0);
        client.setRetryPolicy(net::RetryPolicy::none());
        environments.setSandboxUrl(server.baseUrl());
        window = std::make_unique<ui::MainWindow>(
            ui::MainWindowServices { &client, &environments, &credentials, {} });
    }

    sandbox::SandboxServer server;
    QTemporaryDir dir;
    QNetworkAccessManager nam;
    net::ApiClient client { &nam };
    net::EnvironmentStore environments { dir.filePath(QStringLiteral("env.ini")) };
    net::MemoryCredentialStore credentials;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace leadopp::test
