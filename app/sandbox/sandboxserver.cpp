#include "sandbox/sandboxserver.h"

#include "sandbox/envelopes.h"
#include "sandbox/guardedlistener.h"
#include "sandbox/httpwriter.h"
#include "sandbox/leadsapi.h"
#include "sandbox/leadstore.h"
#include "sandbox/logging.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace leadopp::sandbox {

namespace {

const QString kV0 = QStringLiteral("/sales/api4partners/v0/leads-opportunities");
const QString kV1 = QStringLiteral("/sales/api4partners/v1/leads-opportunities");

using Method = QHttpServerRequest::Method;

QString methodName(Method method)
{
    const char *key = QMetaEnum::fromType<Method>().valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

} // namespace

class SandboxServer::Private
{
public:
    explicit Private(SandboxServer *owner) : q(owner), api(store) { }

    void addRoutes();
    void serve(Operation operation, const QString &id, const QHttpServerRequest &request,
               QHttpServerResponder &&responder);
    void serveUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    Fault takeFault();
    void answer(const ApiRequest &request, QHttpServerResponder &responder, const QString &line);

    SandboxServer *q;
    QHttpServer http;
    LeadStore store;
    LeadsApi api;
    FaultPlan plan;
    ServerLimits limits;
    QPointer<GuardedListener> listener;
    int requests = 0;
    quint16 port = 0;
};

void SandboxServer::Private::addRoutes()
{
    http.route(kV0 + QStringLiteral("/search"), Method::Post,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   serve(Operation::Search, {}, request, std::move(responder));
               });
    // Before the `<arg>` routes, which would take "search" for an id.
    http.route(kV0 + QStringLiteral("/search"), Method::AnyKnown,
               [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                   serveUnrouted(request, std::move(responder));
               });
    for (const QString &base : { kV0, kV1 }) {
        http.route(base, Method::Post,
                   [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                       serve(Operation::Create, {}, request, std::move(responder));
                   });
    }
    http.route(kV0 + QStringLiteral("/<arg>"), Method::Get,
               [this](const QString &id, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder) {
                   serve(Operation::Get, id, request, std::move(responder));
               });
    http.route(kV0 + QStringLiteral("/<arg>"), Method::Patch,
               [this](const QString &id, const QHttpServerRequest &request,
                      QHttpServerResponder &&responder) {
                   serve(Operation::Update, id, request, std::move(responder));
               });
    http.setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            serveUnrouted(request, std::move(responder));
        });
}

// A path of the contract with a method it does not have is 405 with Allow; any other 404.
void SandboxServer::Private::serveUnrouted(const QHttpServerRequest &request,
                                           QHttpServerResponder &&responder)
{
    ++requests;
    const QByteArray allowed = envelopes::allowedMethods(request.url().path());
    const ApiReply reply
        = allowed.isEmpty() ? envelopes::notFound() : envelopes::methodNotAllowed(allowed);
    sendReply(responder, reply);
    Q_EMIT q->requestServed(methodName(request.method()) + u' ' + request.url().path(),
                            reply.status);
}

Fault SandboxServer::Private::takeFault()
{
    if (plan.fault == Fault::None || plan.count == 0)
        return Fault::None;
    if (plan.count > 0)
        --plan.count;
    return plan.fault;
}

void SandboxServer::Private::serve(Operation operation, const QString &id,
                                   const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder)
{
    ++requests;
    const ApiRequest apiRequest { operation, id, request.value("X-API-Key"), request.body() };
    const QString line = methodName(request.method()) + u' ' + request.url().path();
    const Fault fault = takeFault();
    if (fault == Fault::None) {
        answer(apiRequest, responder, line);
        return;
    }
    if (fault != Fault::Delay) {
        Q_EMIT q->requestServed(line, sendFault(responder, plan));
        return;
    }
    // The request object dies with this call; the responder and the request's data live on
    // until the timer fires, unless the client hangs up first.
    auto pending = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = pending->socket();
    QTimer::singleShot(plan.delayMs, q, [this, pending, socket, apiRequest, line] {
        if (socket)
            answer(apiRequest, *pending, line);
    });
}

void SandboxServer::Private::answer(const ApiRequest &request, QHttpServerResponder &responder,
                                    const QString &line)
{
    const ApiReply reply = api.handle(request);
    sendReply(responder, reply);
    Q_EMIT q->requestServed(line, reply.status);
}

SandboxServer::SandboxServer(QObject *parent) : QObject(parent), d(std::make_unique<Private>(this))
{
    keepRequestHeadersOutOfLogs();
    d->addRoutes();
    connect(this, &SandboxServer::requestServed, this, [](const QString &line, int status) {
        qCDebug(lcSandbox).noquote() << line << status;
    });
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    // QHttpServer would read any body whole and keep idle connections for ever; the
    // guarded listener admits only requests within the limits.
    auto *listener = new GuardedListener(d->limits, this);
    if (!listener->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        delete listener;
        return d->port = 0;
    }
    return serveOn(listener);
}

quint16 SandboxServer::listenOn(qintptr descriptor)
{
    auto *listener = new GuardedListener(d->limits, this);
    if (!listener->setSocketDescriptor(descriptor)) {
        delete listener;
        return d->port = 0;
    }
    return serveOn(listener);
}

quint16 SandboxServer::serveOn(GuardedListener *listener)
{
    d->listener = listener;
    d->http.bind(listener);
    return d->port = listener->serverPort();
}

void SandboxServer::setLimits(const ServerLimits &limits)
{
    d->limits = limits;
}

const ServerLimits &SandboxServer::limits() const
{
    return d->limits;
}

int SandboxServer::openConnections() const
{
    return d->listener ? d->listener->openConnections() : 0;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

void SandboxServer::setErrorStyle(ErrorStyle style)
{
    d->api.setErrorStyle(style);
}

ErrorStyle SandboxServer::errorStyle() const
{
    return d->api.errorStyle();
}

bool SandboxServer::setDataDirectory(const QString &directory)
{
    return d->store.setDirectory(directory);
}

QString SandboxServer::dataError() const
{
    return d->store.lastError();
}

void SandboxServer::injectFault(const FaultPlan &plan)
{
    d->plan = plan;
}

int SandboxServer::requestCount() const
{
    return d->requests;
}

QStringList SandboxServer::leadIds() const
{
    return d->store.ids();
}

} // namespace leadopp::sandbox
