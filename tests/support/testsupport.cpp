#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <gtest/gtest.h>

QT_BEGIN_NAMESPACE
void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

void PrintTo(const QByteArray &bytes, std::ostream *out)
{
    *out << '"' << bytes.toStdString() << '"';
}

void PrintTo(const QJsonObject &object, std::ostream *out)
{
    *out << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
}

void PrintTo(const QJsonValue &value, std::ostream *out)
{
    if (value.isUndefined()) {
        *out << "undefined";
        return;
    }
    const QByteArray inArray = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    *out << inArray.mid(1, inArray.size() - 2).toStdString(); // the value without the brackets
}
QT_END_NAMESPACE

namespace leadopp::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(LEADOPP_TEST_DATA)).filePath(relative);
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read test data " << relative.toStdString();
        return {};
    }
    return file.readAll();
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        ADD_FAILURE() << "not a JSON object: " << error.errorString().toStdString();
    return doc.object();
}

QString binaryPath(const QString &name)
{
    return QDir(QStringLiteral(LEADOPP_BINARY_DIR)).filePath(QStringLiteral("bin/") + name);
}

LeadoppRun runLeadopp(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binaryPath(QStringLiteral("leadopp")), arguments);
    EXPECT_TRUE(process.waitForFinished(60000)) << "leadopp did not finish";
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             process.readAllStandardOutput(), process.readAllStandardError() };
}

QProcessEnvironment isolatedEnvironment(const QString &home, const QString &apiKey)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
         { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
        environment.insert(QString::fromLatin1(name), home);
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("LEADOPP_API_KEY"));
    if (!apiKey.isEmpty())
        environment.insert(QStringLiteral("LEADOPP_API_KEY"), apiKey);
    return environment;
}

} // namespace leadopp::test
