#include "ui/window/updatetargetprompt.h"

#include "core/codec/documentreader.h"
#include "core/document/document.h"
#include "core/input/wholetext.h"
#include "net/credentialstore.h"
#include "net/environmentstore.h"
#include "net/leadfinder.h"
#include "net/submissionworkflow.h"
#include "ui/common/prompt.h"
#include "ui/session/editsession.h"
#include "ui/window/documentview.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QRegularExpression>

namespace leadopp::ui {

namespace {

QString partnerIdOf(const DocumentView *view)
{
    return view->document()
        ->record()
        .value(QLatin1String("leadOpportunity"))
        .toObject()
        .value(QLatin1String("partnerLeadOpportunityId"))
        .toString();
}

} // namespace

UpdateTargetPrompt::UpdateTargetPrompt(net::ApiClient *client, net::EnvironmentStore *environments,
                                       net::CredentialStore *credentials, QWidget *dialogParent,
                                       QObject *parent)
    : QObject(parent), m_client(client), m_environments(environments), m_credentials(credentials),
      m_dialogParent(dialogParent)
{
    connect(m_credentials, &net::CredentialStore::keyRead, this, &UpdateTargetPrompt::onKeyRead);
}

QString UpdateTargetPrompt::idFromFileName(const QString &path)
{
    static const QRegularExpression named(
        core::wholeText(QStringLiteral("([A-Z0-9]{4}-[A-Z0-9]{6})\\.patch\\.json"),
                        QRegularExpression::CaseInsensitiveOption));
    const QRegularExpressionMatch match = named.match(QFileInfo(path).fileName());
    return match.hasMatch() ? match.captured(1).toUpper() : QString();
}

bool UpdateTargetPrompt::ask(DocumentView *view)
{
    if (!view || m_view || view->inputShape() != core::InputShape::RequestBody
        || !view->document()->dsLeadOpportunityId().isEmpty() || partnerIdOf(view).isEmpty())
        return false;
    m_view = view;
    m_partnerId = partnerIdOf(view);
    const QString named = idFromFileName(view->sourcePath());
    if (!named.isEmpty()) {
        offer(named, tr("Its file name names the lead %1.").arg(named));
        return true;
    }
    m_environment = m_environments->current();
    const auto answer = Prompt::choose(
        m_dialogParent, tr("Update or create"),
        tr("This request body has the partner opportunity id %1 but no 3DS id. Does it update "
           "an existing lead in %2, or create a new one?")
            .arg(m_partnerId, m_environment.displayName),
        { { QMessageBox::Yes, tr("&Find and Update") }, { QMessageBox::No, tr("&Create New") } },
        QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        search();
    else
        finish();
    return true;
}

// The key is read first, as for a submission; the built-in sandbox takes any.
void UpdateTargetPrompt::search()
{
    if (m_environment.sandbox && m_environment.baseUrl.isEmpty()) {
        Prompt::warning(m_dialogParent, tr("Update or create"),
                        tr("The built-in sandbox is not running; the draft stays a new lead."));
        return finish();
    }
    m_credentials->readKey(m_environment.id);
}

void UpdateTargetPrompt::onKeyRead(const QString &envId, const QString &key, bool ok)
{
    if (!m_view || m_finder || envId != m_environment.id)
        return;
    m_finder = new net::LeadFinder(m_client, m_environment, net::keyToSend(m_environment, key, ok),
                                   this);
    connect(m_finder, &net::LeadFinder::finished, this, &UpdateTargetPrompt::onFound);
    m_finder->findPartnerIds({ m_partnerId });
}

void UpdateTargetPrompt::onFound(const QStringList &ids, const net::ApiResult &result)
{
    m_finder->deleteLater();
    if (!m_view)
        return finish();
    if (!result.isAccepted()) {
        Prompt::warning(m_dialogParent, tr("Update or create"),
                        tr("The search in %1 failed: %2 The draft stays a new lead.")
                            .arg(m_environment.displayName, result.message));
        return finish();
    }
    if (ids.isEmpty()) {
        Prompt::warning(m_dialogParent, tr("Update or create"),
                        tr("%1 has no lead with the partner opportunity id %2; the draft stays a "
                           "new lead.")
                            .arg(m_environment.displayName, m_partnerId));
        return finish();
    }
    const QString id = ids.size() == 1 ? ids.constFirst() : pick(ids);
    if (id.isEmpty())
        return finish();
    offer(id, tr("%1 has it as lead %2.").arg(m_environment.displayName, id));
}

QString UpdateTargetPrompt::pick(const QStringList &ids)
{
    bool ok = false;
    const QString id = QInputDialog::getItem(
        m_dialogParent, tr("Update or create"),
        tr("Several leads have the partner opportunity id %1. Which one does this body update?")
            .arg(m_partnerId),
        ids, 0, false, &ok);
    return ok ? id : QString();
}

void UpdateTargetPrompt::offer(const QString &id, const QString &why)
{
    const auto answer = Prompt::choose(
        m_dialogParent, tr("Update or create"),
        tr("This request body has the partner opportunity id %1 but no 3DS id.").arg(m_partnerId)
            + u' ' + why + u' ' + tr("Update lead %1, or create a new one?").arg(id),
        { { QMessageBox::Yes, tr("&Update %1").arg(id) }, { QMessageBox::No, tr("&Create New") } },
        QMessageBox::Yes);
    if (answer == QMessageBox::Yes && m_view)
        m_view->session()->recordServerValue(core::FieldPath::parse(u"dsLeadOpportunityId"), id);
    finish();
}

void UpdateTargetPrompt::finish()
{
    DocumentView *view = m_view;
    m_view = nullptr;
    m_finder = nullptr;
    Q_EMIT settled(view);
}

} // namespace leadopp::ui
