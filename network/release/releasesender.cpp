#include "release/releasesender.h"

#include "http/networkpool.h"
#include "logging.h"
#include "releaseticket.h"
#include "release/releaseverdict.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QPromise>
#include <QtConcurrent>

namespace {
struct WorkerAnswer
{
    ReleaseResult result;
    QList<QByteArray> setCookies;
};
} // namespace

ReleaseSender::ReleaseSender(
    const SiteProfile &profile, QNetworkCookieJar *jar, int maxParallel, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_jar(jar)
    , m_timeoutMs(profile.politeness.releaseTimeoutMs)
{
    curlGlobalInit();
    setMaxParallel(maxParallel);
}

ReleaseSender::~ReleaseSender()
{
    m_abort->store(true);
    m_pool.waitForDone();
    // The places this sender waits for or holds go back to the pool, which lives on.
    if (m_shared) {
        for (const quint64 ticket : std::as_const(m_waitingForSlot))
            m_shared->cancelSlot(ticket);
        for (int i = 0; i < m_heldSlots; ++i)
            m_shared->releaseSlot();
    }
}

void ReleaseSender::shareLimitWith(NetworkPool *pool)
{
    m_shared = pool;
}

void ReleaseSender::setMaxParallel(int count)
{
    m_pool.setMaxThreadCount(qMax(1, count));
}

PreparedRelease ReleaseSender::prepare(
    const ReleaseTicket &ticket, const TemplateValues &captured) const
{
    return prepareSingle(m_profile, ticket, captured, m_timeoutMs);
}

PreparedRelease ReleaseSender::prepareSingle(const SiteProfile &profile,
    const ReleaseTicket &ticket, const TemplateValues &captured, int timeoutMs)
{
    PreparedRelease prepared;
    prepared.ticketId = ticket.id;
    QUrl url = ticket.releaseUrl;
    if (!url.isValid() || url.isEmpty()) {
        prepared.error = tr("ticket %1 has no release link").arg(ticket.id);
        return prepared;
    }
    if (url.isRelative())
        url = profile.baseUrl.resolved(url);
    TemplateValues values = captured;
    values.setTicket(ticket);
    // Format 1: the link, with release.params in its query (GET) or as a form body (POST).
    RequestSpec spec;
    spec.method = profile.release.method.toUpper();
    spec.body.kind = BodySpec::Kind::Form;
    spec.body.form = profile.release.params;
    RequestDefaults defaults;
    defaults.url = url;
    defaults.charset = profile.requests.formCharset;
    const RequestBuilder builder(profile.baseUrl, profile.requests.headers, values);
    return fromBuilt(
        profile, ticket.id, builder.build(RequestBuilder::Kind::Release, spec, defaults), values, timeoutMs);
}

PreparedRelease ReleaseSender::fromBuilt(const SiteProfile &profile, const QString &ticketId,
    const BuiltRequest &built, const TemplateValues &values, int timeoutMs)
{
    PreparedRelease prepared;
    prepared.ticketId = ticketId;
    prepared.steps.append(built.describe(values));
    const QUrl &url = built.url;
    // Checked before anything is recorded as sent: a scraped page must not be able to point a
    // release (with the session's cookies) at another host.
    if (!profile.isSameOrigin(url)) {
        prepared.error = tr("ticket %1: release link leaves the portal's origin (%2)")
                             .arg(ticketId,
                                 url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString());
        return prepared;
    }
    if (!built.missing.isEmpty() && profile.format >= 2) {
        // Sending "token=" for a value the page did not have would be refused at best. (Format 1
        // sent an empty value; its profiles keep that.)
        prepared.error = tr("ticket %1: no value for %2").arg(ticketId,
            QStringLiteral("{%1}").arg(built.missing.join(QStringLiteral("}, {"))));
        return prepared;
    }
    CurlRequest &request = prepared.request;
    request.method = built.method;
    request.url = url;
    request.body = built.body;
    if (!built.contentType.isEmpty())
        request.contentType = built.contentType;
    request.headers = built.headers;
    request.timeoutMs = timeoutMs;
    request.connectTimeoutMs = qMin(profile.politeness.timeoutMs, timeoutMs);
    request.verifyTls = profile.tls.verify;
    request.caFile = profile.tls.caFile;
    return prepared;
}

QByteArray ReleaseSender::cookieHeaderFor(const QUrl &url) const
{
    if (!m_jar)
        return {};
    QByteArrayList pairs;
    for (const auto &cookie : m_jar->cookiesForUrl(url))
        pairs.append(cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
    return pairs.join("; ");
}

void ReleaseSender::storeCookies(const QUrl &url, const QList<QByteArray> &setCookies)
{
    if (!m_jar)
        return;
    QList<QNetworkCookie> cookies;
    for (const auto &line : setCookies)
        cookies += QNetworkCookie::parseCookies(line);
    if (!cookies.isEmpty())
        m_jar->setCookiesFromUrl(cookies, url);
}

QFuture<ReleaseResult> ReleaseSender::send(const PreparedRelease &release)
{
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    if (!release.isValid() || !m_profile.isSameOrigin(release.request.url)) {
        ReleaseResult refused;
        refused.ticketId = release.ticketId;
        refused.outcome = ReleaseOutcome::NotSent;
        refused.message = release.isValid()
            ? tr("Not sent: the release URL leaves the portal's origin")
            : tr("Not sent: %1").arg(release.error);
        refused.startedAt = refused.finishedAt = startedAt;
        return QtFuture::makeReadyFuture(refused);
    }
    return m_shared ? sendInSlot(release) : sendNow(release);
}

QFuture<ReleaseResult> ReleaseSender::sendInSlot(const PreparedRelease &release)
{
    auto promise = std::make_shared<QPromise<ReleaseResult>>();
    promise->start();
    QFuture<ReleaseResult> answer = promise->future();
    const quint64 waitId = m_nextWaitId++;
    // Runs on this thread, from the event loop or inside takeSlot(); the destructor cancels it
    // while it waits, so this is alive whenever it runs.
    auto start = [this, waitId, release, promise] {
        if (m_waitingForSlot.remove(waitId) == 0)
            m_grantedEarly.insert(waitId);
        ++m_heldSlots;
        sendNow(release).then(this, [this, promise](const ReleaseResult &result) {
            --m_heldSlots;
            if (m_shared)
                m_shared->releaseSlot();
            promise->addResult(result);
            promise->finish();
        });
    };
    const quint64 ticket = m_shared->takeSlot(std::move(start));
    if (!m_grantedEarly.remove(waitId))
        m_waitingForSlot.insert(waitId, ticket);
    return answer;
}

QFuture<ReleaseResult> ReleaseSender::sendNow(const PreparedRelease &release)
{
    // Taken now, not when queued: a renewal while waiting for a place changed the cookies.
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    CurlRequest request = release.request;
    request.cookieHeader = cookieHeaderFor(request.url);
    const SiteProfile profile = m_profile;
    const QString ticketId = release.ticketId;
    qCInfo(lcRelease).noquote() << "release" << ticketId << request.method
                                << redactSecrets(request.url.toString());
    ++m_inFlight;
    auto abort = m_abort;
    QFuture<WorkerAnswer> work
        = QtConcurrent::run(&m_pool, [request, profile, abort, ticketId, startedAt] {
              const CurlResult answer = performCurlRequest(request, abort.get());
              WorkerAnswer out;
              out.result = judgeRelease(profile, answer);
              out.result.ticketId = ticketId;
              out.result.startedAt = startedAt;
              if (answer.sentAfterMs >= 0)
                  out.result.sentAt = startedAt.addMSecs(answer.sentAfterMs);
              out.result.finishedAt = QDateTime::currentDateTimeUtc();
              out.setCookies = answer.headerValues("set-cookie");
              return out;
          });
    const QUrl url = request.url;
    return work.then(this, [this, url](const WorkerAnswer &answer) {
        --m_inFlight;
        storeCookies(url, answer.setCookies);
        qCInfo(lcRelease).noquote() << "release" << answer.result.ticketId
                                    << ReleaseResult::outcomeName(answer.result.outcome)
                                    << answer.result.httpStatus << answer.result.elapsedMs << "ms";
        return answer.result;
    });
}
