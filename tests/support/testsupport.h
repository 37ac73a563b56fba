#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <ostream>

// gtest prints QString as bytes without these.
QT_BEGIN_NAMESPACE
void PrintTo(const QString &text, std::ostream *out);
void PrintTo(const QByteArray &bytes, std::ostream *out);
void PrintTo(const QJsonObject &object, std::ostream *out);
QT_END_NAMESPACE

namespace leadopp::test {

/// Absolute path of a file under tests/data ("contract/x.json").
QString dataPath(const QString &relative);
/// Contents of a file under tests/data; fails the current test when unreadable.
QByteArray readData(const QString &relative);
/// Parses JSON bytes into an object; fails the current test on anything else.
QJsonObject parseObject(const QByteArray &json);
/// Directory of the built executables (leadopp, leadopp-editor).
QString binaryPath(const QString &name);

} // namespace leadopp::test
