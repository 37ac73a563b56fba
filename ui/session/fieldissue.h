#pragma once

#include <QList>
#include <QString>

namespace leadopp::ui {

/// What kind of problem a field shows, worst first: the order is the display priority.
enum class IssueKind {
    Error,           ///< client validation error: the API will reject it
    Server,          ///< server error the user has not addressed yet
    Warning,         ///< client validation warning
    AddressedServer, ///< server error on a field edited since the rejection
};

/// One problem shown on a field, a row or the record: a client finding or a server error,
/// in one shape so cells, forms and the error list decorate both alike.
struct FieldIssue {
    QString path; ///< canonical path; empty for the record
    IssueKind kind = IssueKind::Error;
    QString message; ///< translated finding message or the server's message verbatim
    QString code;    ///< validation rule or server error code
    QString rawPath; ///< the server's own path notation; empty for client findings

    bool isServer() const
    {
        return kind == IssueKind::Server || kind == IssueKind::AddressedServer;
    }
};

/// The worst issue of a list (lowest IssueKind), or nullptr when the list is empty.
const FieldIssue *worstIssue(const QList<FieldIssue> &issues);
/// Display name of a kind: "Error", "Server", "Warning", "Server (addressed)" (translated).
QString issueKindName(IssueKind kind);

} // namespace leadopp::ui

// Five strings and a number: moved as bytes when a list of them makes room or closes a gap.
Q_DECLARE_TYPEINFO(leadopp::ui::FieldIssue, Q_RELOCATABLE_TYPE);
