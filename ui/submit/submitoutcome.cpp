// The outcome half of SubmitController: what a finished submission is called in the
// draft's banner.
#include "core/document/document.h"
#include "core/document/recorddiff.h"
#include "ui/session/editsession.h"
#include "ui/submit/submitcontroller.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QTime>

namespace leadopp::ui {

// Edits made while the request was on its way were not in it: say so, by label, so the
// rep knows to send again; the edits themselves stay (unsaved, undoable).
QString SubmitController::unsentEditsNote(const QJsonObject &now) const
{
    const QStringList changed = core::changedPaths(m_sent.record, now);
    QStringList labels;
    for (const QString &path : changed) {
        if (path != QLatin1String("dsLeadOpportunityId"))
            labels.append(core::FieldCatalogue::labelForPath(path));
    }
    if (labels.isEmpty())
        return QString();
    return QLatin1Char(' ')
        + tr("Not sent: changes made while sending (%1). Submit again to send them.")
              .arg(labels.join(QStringLiteral(", ")));
}

// The key is entered in this window: the banner names the menu item as it reads here, in
// the language shown, rather than the command line's environment variable.
QString SubmitController::missingKeyText(const net::ApiResult &result) const
{
    const auto plain = [](QString text) {
        return text.remove(u'&').remove(u'…').remove(QLatin1String("...")).trimmed();
    };
    QString where = plain(m_settingsAction->text());
    for (QObject *object : m_settingsAction->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object))
            where = tr("%1 ▸ %2").arg(plain(menu->title()), where);
    }
    const QString first = result.kind == net::ErrorKind::NoKey
        ? tr("No API key is stored for %1, so nothing was sent.")
              .arg(m_request.environment.displayName)
        : tr("%1 did not receive an API key (HTTP 401).").arg(m_request.environment.displayName);
    return first + QLatin1Char(' ') + tr("Enter it under %1.").arg(where);
}

// Accepted: where, when and under which 3DS id. A failure names the environment, and says
// when the request may have reached the server although no answer came back.
QString SubmitController::describeOutcome(const net::ApiResult &result) const
{
    const QString where = m_request.environment.displayName;
    if (result.isAccepted()) {
        const QString id = m_runningSession ? m_runningSession->document()->dsLeadOpportunityId()
                                            : result.dsLeadOpportunityId;
        return tr("Accepted by %1 at %2 · 3DS id %3")
            .arg(where, QLocale().toString(QTime::currentTime(), QLocale::ShortFormat), id);
    }
    if (result.kind == net::ErrorKind::NoKey || result.kind == net::ErrorKind::MissingKey)
        return missingKeyText(result);
    QString text = result.message;
    if (result.httpStatus == 0 && result.attempts > 0)
        text += QLatin1Char(' ') + tr("(%1; the request may have reached the server)").arg(where);
    else if (result.httpStatus == 0 || result.httpStatus >= 500)
        text += QLatin1Char(' ') + tr("(%1)").arg(where);
    return text;
}

} // namespace leadopp::ui
