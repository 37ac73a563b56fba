#pragma once

#include "net/apiresult.h"
#include "net/environment.h"
#include "net/searchcriteria.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace leadopp::net {

class ApiClient;
class ApiJob;

/// Finds leads by modification window or by partner opportunity id. A window longer than
/// the API's seven days is asked as consecutive seven-day searches, one after the other
/// (never in parallel: the gateway counts requests), and their ids are merged.
class LeadFinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadFinder)

public:
    LeadFinder(ApiClient *client, const Environment &environment, const QString &apiKey,
               QObject *parent = nullptr);

    /// Starts the search; false (and nothing sent) when the window is empty or reversed.
    bool findModified(const QDateTime &from, const QDateTime &to);
    bool findPartnerIds(const QStringList &partnerIds);
    void cancel();

    /// Searches sent so far by the current run, and how many the run needs in all.
    int requestsSent() const { return m_sent; }
    int requestsPlanned() const { return m_planned; }

Q_SIGNALS:
    /// Search `number` of `total` was sent (a window split into seven-day calls shows its
    /// progress with this).
    void searchStarted(int number, int total);
    /// `ids` found (in answer order, no repeats); `result` is the last answer, or the
    /// first that failed (the run stops there and `ids` holds what came before).
    void finished(const QStringList &ids, const leadopp::net::ApiResult &result);

private:
    bool start(const QList<QByteArray> &bodies);
    void sendNext();
    void onAnswer(const ApiResult &result);

    ApiClient *m_client;
    Environment m_environment;
    QString m_apiKey;
    QList<QByteArray> m_pending;
    QStringList m_ids;
    QPointer<ApiJob> m_job;
    int m_sent = 0;
    int m_planned = 0;
};

} // namespace leadopp::net
