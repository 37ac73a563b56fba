// EnvironmentStore::resolve(): what `--env NAME|URL` names.
#include "net/builtinenvironments.h"
#include "net/environmentstore.h"
#include "net/urlsafety.h"

namespace leadopp::net {

Environment EnvironmentStore::resolve(const QString &nameOrUrl) const
{
    const QString text = nameOrUrl.trimmed();
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text, QUrl::StrictMode);
        if (!isUsableApiUrl(url) || url.hasQuery())
            return {};
        const QUrl base = normalisedApiBase(url);
        const QList<Environment> list = environments();
        for (const Environment &environment : list) {
            if (!environment.baseUrl.isEmpty() && normalisedApiBase(environment.baseUrl) == base)
                return environment;
        }
        Environment transient;
        transient.id = base.toString();
        transient.displayName = transient.id;
        transient.baseUrl = base;
        transient.custom = true;
        return transient;
    }
    if (const QString id = builtInIdForName(text); !id.isEmpty())
        return environment(id);
    const QList<Environment> list = environments();
    for (const Environment &environment : list) {
        if (environment.id.compare(text, Qt::CaseInsensitive) == 0
            || environment.displayName.compare(text, Qt::CaseInsensitive) == 0)
            return environment;
    }
    return {};
}

} // namespace leadopp::net
