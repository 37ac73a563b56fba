#pragma once

#include "net/apiresult.h"
#include "net/environment.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace leadopp::net {
class ApiClient;
class CredentialStore;
class EnvironmentStore;
class LeadFinder;
} // namespace leadopp::net

namespace leadopp::ui {

class DocumentView;

/// A request body opened with a partner opportunity id but no 3DS id (an exported PATCH
/// body, say) would otherwise become a create in silence. This asks whether it updates an
/// existing lead or creates one. A file named after a lead ("XJSR-DZMFFT.patch.json")
/// offers that id; otherwise "update" searches the chosen environment by partner id and
/// offers the one hit, lets the rep pick among several, or says there is none. The id
/// chosen is stored like an accepted create's: no edit, nothing to undo.
class UpdateTargetPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateTargetPrompt)

public:
    UpdateTargetPrompt(net::ApiClient *client, net::EnvironmentStore *environments,
                       net::CredentialStore *credentials, QWidget *dialogParent,
                       QObject *parent = nullptr);

    /// Asks about `view` when it is such a body; false (and nothing asked) otherwise.
    bool ask(DocumentView *view);
    /// The 3DS id a file name carries ("XJSR-DZMFFT.patch.json"); empty when none.
    static QString idFromFileName(const QString &path);

Q_SIGNALS:
    /// The question about `view` is settled (an id stored or not).
    void settled(leadopp::ui::DocumentView *view);

private:
    void search();
    void onKeyRead(const QString &envId, const QString &key, bool ok);
    void onFound(const QStringList &ids, const net::ApiResult &result);
    QString pick(const QStringList &ids);
    void offer(const QString &id, const QString &why);
    void finish();

    net::ApiClient *m_client;
    net::EnvironmentStore *m_environments;
    net::CredentialStore *m_credentials;
    QPointer<QWidget> m_dialogParent;
    QPointer<DocumentView> m_view; ///< the view asked about, while a search runs
    QString m_partnerId;
    net::Environment m_environment;
    QPointer<net::LeadFinder> m_finder;
};

} // namespace leadopp::ui
