#include "ui/submit/bodytext.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace leadopp::ui {

QString bodyText(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !document.isNull())
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

} // namespace leadopp::ui
