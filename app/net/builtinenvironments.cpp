#include "net/builtinenvironments.h"

#include <QCoreApplication>

namespace leadopp::net {

namespace {

struct BuiltIn {
    const char *id;
    const char *name;
    const char *url;
    bool production;
    const char *aliases[3];
};

const BuiltIn kBuiltIns[] = {
    { "sandbox",
      QT_TRANSLATE_NOOP("EnvironmentStore", "Sandbox (this computer)"),
      "",
      false,
      { "local", "loopback", nullptr } },
    { "ppt",
      QT_TRANSLATE_NOOP("EnvironmentStore", "Partner development"),
      "https://apigw-ppt.3ds.com",
      false,
      { "dev", "development", "partner-development" } },
    { "qal",
      QT_TRANSLATE_NOOP("EnvironmentStore", "QA"),
      "https://apigw-qal.3ds.com",
      false,
      { "qa", nullptr, nullptr } },
    { "ptd",
      QT_TRANSLATE_NOOP("EnvironmentStore", "Preproduction"),
      "https://apigw-ptd.3ds.com",
      false,
      { "preprod", "preproduction", nullptr } },
    { "ppd",
      QT_TRANSLATE_NOOP("EnvironmentStore", "Postproduction"),
      "https://apigw-ppd.3ds.com",
      false,
      { "postprod", "postproduction", nullptr } },
    { "prd",
      QT_TRANSLATE_NOOP("EnvironmentStore", "Production"),
      "https://apigw-prd.3ds.com",
      true,
      { "prod", "production", nullptr } },
};

Environment builtInEnvironment(const BuiltIn &entry)
{
    Environment environment;
    environment.id = QString::fromLatin1(entry.id);
    environment.displayName = QCoreApplication::translate("EnvironmentStore", entry.name);
    environment.baseUrl = QUrl(QString::fromLatin1(entry.url));
    environment.production = entry.production;
    environment.sandbox = environment.id == QStringLiteral("sandbox");
    return environment;
}

bool matchesName(const BuiltIn &entry, const QString &name)
{
    if (name.compare(QLatin1String(entry.id), Qt::CaseInsensitive) == 0)
        return true;
    for (const char *alias : entry.aliases) {
        if (alias && name.compare(QLatin1String(alias), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QList<Environment> builtInEnvironments()
{
    QList<Environment> list;
    for (const BuiltIn &entry : kBuiltIns)
        list.append(builtInEnvironment(entry));
    return list;
}

QString builtInIdForName(const QString &name)
{
    for (const BuiltIn &entry : kBuiltIns) {
        if (matchesName(entry, name))
            return QString::fromLatin1(entry.id);
    }
    return {};
}

} // namespace leadopp::net
