#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <ostream>

// gtest prints QString as bytes without these.
QT_BEGIN_NAMESPACE
void PrintTo(const QString &text, std::ostream *out);
void PrintTo(const QByteArray &bytes, std::ostream *out);
void PrintTo(const QJsonObject &object, std::ostream *out);
void PrintTo(const QJsonValue &value, std::ostream *out);
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

/// The process environment for a run of the built `leadopp` that keeps settings and any
/// keychain away from the real home: every home folder is `home`, no D-Bus session, and
/// LEADOPP_API_KEY is `apiKey` (unset when empty).
QProcessEnvironment isolatedEnvironment(const QString &home, const QString &apiKey = {});

/// What one run of the built `leadopp` left: exit code (-1 when it crashed or hung) and
/// both streams.
struct LeadoppRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
LeadoppRun runLeadopp(const QStringList &arguments,
                      const QProcessEnvironment &environment
                      = QProcessEnvironment::systemEnvironment());

} // namespace leadopp::test
