#pragma once

#include <QByteArray>
#include <QJsonObject>

namespace leadopp::core {

/// `object` exactly as QJsonDocument(object).toJson(QJsonDocument::Indented) writes it, byte
/// for byte (four-space indents, the same escapes and numbers), written straight into one
/// buffer: the export and the draft file of a big record are mostly this text, and Qt's
/// writer builds and copies a temporary array for every string and indent on the way.
/// `expectedSize` is a hint for the first allocation.
QByteArray toIndentedJson(const QJsonObject &object, qsizetype expectedSize = 4096);

} // namespace leadopp::core
