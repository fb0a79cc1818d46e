#pragma once

#include "http/netexchange.h"
#include "http/templatevalues.h"
#include "profile/siteprofile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkCookieJar;
class QNetworkReply;
class RequestGate;

// Page reads on QNetworkAccessManager. Qt 6.4 opens at most 6 connections per host and manager,
// so the pool keeps ceil(limit / 6) managers sharing ONE cookie jar and spreads requests over
// them; the RequestGate keeps the total in flight at the limit exactly. Lives in, and must be
// used from, the thread that created it (normally the GUI thread).
class NetworkPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPool)
public:
    using Callback = std::function<void(const NetResponse &)>;

    explicit NetworkPool(const SiteProfile &profile, QObject *parent = nullptr);
    ~NetworkPool() override;

    // Queues a request; done runs once on this thread with the answer, never inside send(),
    // unless context is destroyed first or cancel() is called. Returns an id for cancel().
    quint64 send(const NetRequest &request, QObject *context, Callback done);
    void cancel(quint64 id); // aborts or unqueues; done is not called

    // A place under the limit for a request the pool does not send itself (a release goes out
    // over libcurl): the portal counts every request, so reads and releases share one budget.
    // start runs once a place is free (perhaps inside takeSlot()); the session's admission is
    // not asked (the release took its request already). Give it back with releaseSlot().
    quint64 takeSlot(std::function<void()> start);
    bool cancelSlot(quint64 ticket); // true if it was still waiting (start never runs)
    void releaseSlot();

    void setLimit(int limit); // adds managers as needed
    int limit() const;
    int inFlight() const;
    int peakInFlight() const;
    int managerCount() const { return int(m_managers.size()); }

    QNetworkCookieJar *cookieJar() const { return m_jar; }
    // The values captured at the last login ({csrf}, ...): like the cookies, state of the
    // conversation that every request shares; page reads fill the profile's headers from them.
    const TemplateValues &capturedValues() const { return m_captured; }
    void setCapturedValues(const TemplateValues &values) { m_captured = values; }

    // The session's side (see PortalSession): while held only requests that are part of the
    // login go out; the admission check is asked once per other request and holds the pool
    // when the session's budget is spent. Answers carry the generation they went out under.
    void setHeld(bool held);
    void setAdmissionCheck(std::function<bool()> check);
    void setSessionGeneration(quint64 generation) { m_generation = generation; }

private:
    struct Exchange;
    void ensureManagers(int limit);
    void startExchange(quint64 id);
    void issue(
        Exchange &exchange, const QUrl &url, const QByteArray &method, const QByteArray &body);
    void onFinished(quint64 id, QNetworkReply *reply);
    void dropReply(QNetworkReply *reply);
    void complete(quint64 id, NetResponse response);
    QNetworkAccessManager *leastLoadedManager();

    SiteProfile m_profile;
    QSslConfiguration m_ssl;
    bool m_useNoProxy = true;
    QNetworkCookieJar *m_jar = nullptr;
    TemplateValues m_captured;
    QList<QNetworkAccessManager *> m_managers;
    QHash<QNetworkAccessManager *, int> m_load;
    RequestGate *m_gate = nullptr;
    std::unordered_map<quint64, std::unique_ptr<Exchange>> m_exchanges;
    quint64 m_nextId = 1;
    quint64 m_generation = 0;
};
