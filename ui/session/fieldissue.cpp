#include "ui/session/fieldissue.h"

#include <QCoreApplication>

namespace leadopp::ui {

const FieldIssue *worstIssue(const QList<FieldIssue> &issues)
{
    const FieldIssue *worst = nullptr;
    for (const FieldIssue &issue : issues) {
        if (!worst || int(issue.kind) < int(worst->kind))
            worst = &issue;
    }
    return worst;
}

QString issueKindName(IssueKind kind)
{
    switch (kind) {
    case IssueKind::Error:
        return QCoreApplication::translate("FieldIssue", "Error");
    case IssueKind::Server:
        return QCoreApplication::translate("FieldIssue", "Server");
    case IssueKind::Warning:
        return QCoreApplication::translate("FieldIssue", "Warning");
    case IssueKind::AddressedServer:
        return QCoreApplication::translate("FieldIssue", "Server (addressed)");
    }
    return {};
}

} // namespace leadopp::ui
