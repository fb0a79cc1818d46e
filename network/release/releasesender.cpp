#include "release/releasesender.h"

#include "logging.h"
#include "releaseticket.h"
#include "release/releaseverdict.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QUrlQuery>
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
}

void ReleaseSender::setMaxParallel(int count)
{
    m_pool.setMaxThreadCount(qMax(1, count));
}

PreparedRelease ReleaseSender::prepare(const ReleaseTicket &ticket) const
{
    PreparedRelease prepared;
    prepared.ticketId = ticket.id;
    QUrl url = ticket.releaseUrl;
    if (!url.isValid() || url.isEmpty()) {
        prepared.error = QStringLiteral("ticket %1 has no release link").arg(ticket.id);
        return prepared;
    }
    if (url.isRelative())
        url = m_profile.baseUrl.resolved(url);
    // Checked before anything is recorded as sent: a scraped page must not be able to point a
    // release (with the session's cookies) at another host.
    if (!m_profile.isSameOrigin(url)) {
        prepared.error = QStringLiteral("ticket %1: release link leaves the portal's origin (%2)")
                             .arg(ticket.id,
                                 url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString());
        return prepared;
    }
    CurlRequest &request = prepared.request;
    const bool post
        = m_profile.release.method.compare(QLatin1String("POST"), Qt::CaseInsensitive) == 0;
    request.method = post ? QByteArray("POST") : QByteArray("GET");
    const auto params = m_profile.releaseParams(ticket);
    if (post) {
        QUrlQuery form;
        for (const auto &[key, value] : params)
            form.addQueryItem(key, value);
        request.body = form.toString(QUrl::FullyEncoded).toUtf8();
    } else if (!params.isEmpty()) {
        QUrlQuery query(url);
        for (const auto &[key, value] : params)
            query.addQueryItem(key, value);
        url.setQuery(query);
    }
    request.url = url;
    request.timeoutMs = m_timeoutMs;
    request.connectTimeoutMs = qMin(m_profile.politeness.timeoutMs, m_timeoutMs);
    request.verifyTls = m_profile.tls.verify;
    request.caFile = m_profile.tls.caFile;
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
            ? QStringLiteral("Not sent: the release URL leaves the portal's origin")
            : QStringLiteral("Not sent: ") + release.error;
        refused.startedAt = refused.finishedAt = startedAt;
        return QtFuture::makeReadyFuture(refused);
    }
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
