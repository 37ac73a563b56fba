// leadopp submit: the outcome printed as text or JSON.
#include "console.h"
#include "deliveryjson.h"
#include "submitcommand.h"

#include "core/catalogue/fieldcatalogue.h"
#include "net/errorkind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace leadopp::cli::submit {

namespace {

QString errorLabel(const core::FieldError &error)
{
    return core::FieldCatalogue::labelForPath(error.path);
}

} // namespace

void printText(const net::ApiResult &result)
{
    QString text = result.message + u'\n';
    if (result.httpStatus != 0)
        text += tr("HTTP status: %1\n").arg(result.httpStatus);
    if (!result.traceId.isEmpty())
        text += tr("Trace id: %1\n").arg(result.traceId);
    if (!result.dsLeadOpportunityId.isEmpty())
        text += tr("3DS id: %1\n").arg(result.dsLeadOpportunityId);
    for (const core::FieldError &error : result.fieldErrors) {
        const QString path = error.path.isEmpty() ? QStringLiteral("-") : error.path;
        text += QStringLiteral("%1\t%2\t%3\n").arg(path, errorLabel(error), error.message);
    }
    printOut(text);
}

void printJson(const net::ApiResult &result)
{
    QJsonArray errors;
    for (const core::FieldError &error : result.fieldErrors) {
        errors.append(QJsonObject { { QStringLiteral("path"), error.path },
                                    { QStringLiteral("label"), errorLabel(error) },
                                    { QStringLiteral("match"), core::matchKindName(error.match) },
                                    { QStringLiteral("message"), error.message },
                                    { QStringLiteral("code"), error.code },
                                    { QStringLiteral("rawPath"), error.rawPath } });
    }
    const QJsonObject object {
        { QStringLiteral("status"), result.httpStatus },
        { QStringLiteral("kind"), net::errorKindName(result.kind) },
        { QStringLiteral("message"), result.message },
        { QStringLiteral("traceId"), result.traceId },
        { QStringLiteral("dsLeadOpportunityId"), result.dsLeadOpportunityId },
        { QStringLiteral("attempts"), result.attempts },
        { QStringLiteral("delivery"), deliveryJson(result) },
        { QStringLiteral("fieldErrorCount"), net::fieldErrorCount(result.fieldErrors) },
        { QStringLiteral("errors"), errors }
    };
    writeOut(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace leadopp::cli::submit
