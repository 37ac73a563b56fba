#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace leadopp::core {

/// `object` exactly as QJsonDocument(object).toJson(QJsonDocument::Indented) writes it, byte
/// for byte (four-space indents, the same escapes and numbers), written straight into one
/// buffer: the export and the draft file of a big record are mostly this text, and Qt's
/// writer builds and copies a temporary array for every string and indent on the way.
/// `expectedSize` is a hint for the first allocation.
QByteArray toIndentedJson(const QJsonObject &object, qsizetype expectedSize = 4096);

/// What is written of one member of a row: the value to write, or an undefined value to
/// leave the member out.
using RowMemberFilter = std::function<QJsonValue(const QString &name, const QJsonValue &value)>;
/// Filters by the name of the array member of the top level whose rows they apply to.
using RowFilters = QHash<QString, RowMemberFilter>;

/// toIndentedJson() of `object` with the members of each object row of the arrays named in
/// `rowFilters` replaced by what their filter gives: the text of the object whose rows were
/// filtered so, without building those rows (a big record is mostly rows that go out as
/// they are, and the writer reads each member anyway).
QByteArray toIndentedJson(const QJsonObject &object, const RowFilters &rowFilters,
                          qsizetype expectedSize = 4096);

} // namespace leadopp::core
