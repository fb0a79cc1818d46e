#pragma once

#include "http/curltransfer.h"
#include "http/requestbuilder.h"
#include "release/releaseresult.h"
#include "profile/siteprofile.h"

#include <QFuture>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <memory>

class NetworkPool;
class QNetworkCookieJar;
struct ReleaseTicket;

// A release request ready to go: built from the profile and the ticket, checked against the
// profile's origin. The executor records the intent (with url) before handing it to send().
struct PreparedRelease
{
    QString ticketId;
    CurlRequest request;
    QString error; // set when the ticket cannot be released (no link, off-origin URL, ...)
    // Every step as one redacted line each: the reads done before (multi-step releases), then
    // the acting request. For logs and --plan-only.
    QStringList steps;
    // The login whose values (captured tokens) it was built with: with another session's
    // cookie it would be refused. 0 when built without a session.
    quint64 sessionGeneration = 0;

    bool isValid() const { return error.isEmpty(); }
};

// Sends release requests at most once: libcurl, one fresh connection per request,
// never resent, no redirects followed, on a thread pool of its own sized to the concurrency
// limit (the global pool parses pages and must not be starved by slow releases).
//
// Shares the session: the Cookie header is built from the shared jar here, on the owning
// thread, before the job goes to the pool (QNetworkCookieJar is not thread-safe), and
// Set-Cookie answers go back into the jar on the owning thread before the future completes.
// Lives on, and must be used from, the thread that owns the jar (normally the GUI thread).
class ReleaseSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseSender)
public:
    ReleaseSender(const SiteProfile &profile, QNetworkCookieJar *jar, int maxParallel,
        QObject *parent = nullptr);
    // Stops in-flight transfers early (they become Unknown) and waits for the workers.
    ~ReleaseSender() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxParallel(int count);
    // Each release waits for a place under the pool's limit and holds it while in flight, so
    // that page reads (re-checks, confirm pages, logins) and releases together never exceed
    // the limit the portal is promised. Without it releases count only among themselves.
    void shareLimitWith(NetworkPool *pool);
    int inFlight() const { return m_inFlight; }

    // The single release request of a profile without release.steps, with the profile's
    // release headers and body filled from the ticket and the captured values.
    PreparedRelease prepare(const ReleaseTicket &ticket, const TemplateValues &captured = {}) const;
    static PreparedRelease prepareSingle(const SiteProfile &profile, const ReleaseTicket &ticket,
        const TemplateValues &captured, int timeoutMs);
    // A built request as the sender sends it: origin checked, timeouts and TLS from the profile.
    static PreparedRelease fromBuilt(const SiteProfile &profile, const QString &ticketId,
        const BuiltRequest &built, const TemplateValues &values, int timeoutMs);
    // Never blocks. The future completes on this object's thread; an invalid or off-origin
    // request completes at once as NotSent. Do not call twice for one intent.
    QFuture<ReleaseResult> send(const PreparedRelease &release);

private:
    QFuture<ReleaseResult> sendNow(const PreparedRelease &release);
    QFuture<ReleaseResult> sendInSlot(const PreparedRelease &release);
    QByteArray cookieHeaderFor(const QUrl &url) const;
    void storeCookies(const QUrl &url, const QList<QByteArray> &setCookies);

    SiteProfile m_profile;
    QPointer<QNetworkCookieJar> m_jar;
    QThreadPool m_pool;
    int m_timeoutMs;
    int m_inFlight = 0;
    QPointer<NetworkPool> m_shared;
    QHash<quint64, quint64> m_waitingForSlot; // own id -> the pool's ticket
    QSet<quint64> m_grantedEarly; // granted inside takeSlot(), before its ticket was known
    quint64 m_nextWaitId = 1;
    int m_heldSlots = 0;
    // Shared with the workers, which may outlive a finished future by a moment.
    std::shared_ptr<std::atomic_bool> m_abort = std::make_shared<std::atomic_bool>(false);
};
