#include "scrape/pageread.h"

#include "http/networkpool.h"
#include "logging.h"
#include "session/portalsession.h"

#include <QRandomGenerator>

namespace {

// 429/503 waits are bounded separately from failures: a busy portal is not a broken one.
constexpr int maxRateLimitedWaits = 8;
constexpr int maxRetryAfterMs = 60000;

int backoffMs(int attempt)
{
    // 0.5 s, 1 s, 2 s, ... up to 8 s, with jitter so parallel reads do not return in step.
    const int base = qMin(8000, 500 << qMin(attempt - 1, 4));
    return base + int(QRandomGenerator::global()->bounded(base / 4 + 1));
}

QString loggable(const QUrl &url)
{
    return redactSecrets(url.toString(QUrl::RemoveUserInfo));
}

} // namespace

PageRead::PageRead(
    PortalSession *session, const QUrl &url, const Headers &headers, QObject *parent)
    : PortalJob(parent)
    , m_session(session)
    , m_url(url)
    , m_headers(headers)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PageRead::send);
}

PageRead::~PageRead()
{
    if (m_pending && m_session)
        m_session->pool()->cancel(m_pending);
}

void PageRead::begin()
{
    send();
}

void PageRead::abandon()
{
    m_retryTimer.stop();
    if (m_pending && m_session)
        m_session->pool()->cancel(m_pending);
    m_pending = 0;
    PageResult result;
    result.url = m_url;
    result.attempts = m_attempts;
    result.error = PortalError::make(PortalError::Cancelled, tr("the read was cancelled"), m_url);
    finish(result);
}

void PageRead::send()
{
    if (isFinished())
        return;
    if (!m_session) {
        PageResult result;
        result.url = m_url;
        result.error
            = PortalError::make(PortalError::Cancelled, tr("the portal session was closed"), m_url);
        finish(result);
        return;
    }
    ++m_attempts;
    NetRequest request;
    request.url = m_url;
    request.headers = m_headersFor ? m_headersFor() : m_headers;
    request.stopAtRedirectContaining = m_session->profile().login.expired.redirectContains;
    m_pending = m_session->pool()->send(request, this, [this](const NetResponse &response) {
        m_pending = 0;
        onResponse(response);
    });
}

void PageRead::onExpired(const NetResponse &response)
{
    m_expiredGenerations.append(response.sessionGeneration);
    if (++m_expiries > maxExpiries) {
        PageResult result;
        result.url = m_url;
        result.status = response.status;
        result.attempts = m_attempts;
        result.expiries = m_expiries;
        result.relogged = true;
        result.error = PortalError::make(PortalError::SessionExpired,
            tr("%1 found the session expired %n time(s) although other pages were read in "
               "between",
                nullptr, m_expiries)
                .arg(loggable(m_url)),
            m_url, response.status);
        finish(result);
        return;
    }
    qCInfo(lcScrape).noquote() << "session expired while reading" << loggable(m_url)
                               << "- waiting for the session to be renewed";
    // One renewal for every read that met this expiry; reads not yet sent wait in the pool.
    m_session->relogin(response.sessionGeneration, this, [this](const PortalError &error) {
        if (!error.isError()) {
            send();
            return;
        }
        PageResult failed;
        failed.url = m_url;
        failed.attempts = m_attempts;
        failed.expiries = m_expiries;
        failed.relogged = true;
        failed.error = error;
        failed.error.message = tr("%1 (while reading %2)").arg(error.message, loggable(m_url));
        finish(failed);
    });
}

void PageRead::onResponse(const NetResponse &response)
{
    if (isFinished() || !m_session)
        return;
    if (response.error.isError()) {
        onTransportError(response);
        return;
    }
    if (m_session->looksExpired(response)) {
        onExpired(response);
        return;
    }
    m_session->noteAnswered(response.sessionGeneration);
    if (response.status == 429 || response.status == 503) {
        onRateLimited(response);
        return;
    }
    if (response.status >= 500) {
        onServerError(response);
        return;
    }
    PageResult result = resultFor(response);
    if (response.status >= 300 || response.status < 200) {
        result.error = PortalError::make(PortalError::HttpStatus,
            tr("%1 answered HTTP %2").arg(loggable(m_url)).arg(response.status), m_url,
            response.status);
        finish(result);
        return;
    }
    result.body = response.body;
    result.contentType = response.contentType;
    finish(result);
}

PageResult PageRead::resultFor(const NetResponse &response) const
{
    PageResult result;
    result.url = m_url;
    result.finalUrl = response.url;
    result.status = response.status;
    result.attempts = m_attempts;
    result.expiries = m_expiries;
    result.relogged = m_expiries > 0;
    return result;
}

void PageRead::onTransportError(const NetResponse &response)
{
    const bool retryable = response.error.category == PortalError::Timeout
        || response.error.category == PortalError::Network;
    if (retryable && ++m_failures <= m_session->profile().politeness.pageRetries) {
        qCInfo(lcScrape).noquote()
            << "retrying" << loggable(m_url) << "after" << response.error.text();
        retryLater(backoffMs(m_failures));
        return;
    }
    PageResult result = resultFor(response);
    result.error = response.error;
    if (retryable)
        result.error.message
            = tr("%1 (after %n attempt(s))", nullptr, m_attempts).arg(result.error.message);
    finish(result);
}

void PageRead::onRateLimited(const NetResponse &response)
{
    if (++m_rateLimited <= maxRateLimitedWaits) {
        // In 64 bits: a Retry-After of a year in milliseconds does not fit an int.
        const int wait = response.retryAfterSeconds >= 0
            ? int(qMin<qint64>(maxRetryAfterMs, qint64(response.retryAfterSeconds) * 1000))
            : backoffMs(m_rateLimited);
        qCInfo(lcScrape).noquote() << "portal asks to slow down (HTTP" << response.status << ") for"
                                   << loggable(m_url) << "- waiting" << wait << "ms";
        retryLater(qMax(wait, 50));
        return;
    }
    PageResult result = resultFor(response);
    result.error = PortalError::make(PortalError::RateLimited,
        tr("%1 answered HTTP %2 %n time(s)", nullptr, m_rateLimited)
            .arg(loggable(m_url))
            .arg(response.status),
        m_url, response.status);
    finish(result);
}

void PageRead::onServerError(const NetResponse &response)
{
    if (++m_failures <= m_session->profile().politeness.pageRetries) {
        qCInfo(lcScrape).noquote()
            << "retrying" << loggable(m_url) << "after HTTP" << response.status;
        retryLater(backoffMs(m_failures));
        return;
    }
    PageResult result = resultFor(response);
    result.error = PortalError::make(PortalError::HttpStatus,
        tr("%1 answered HTTP %2 (after %n attempt(s))", nullptr, m_attempts)
            .arg(loggable(m_url))
            .arg(response.status),
        m_url, response.status);
    finish(result);
}

void PageRead::retryLater(int delayMs)
{
    m_retryTimer.start(delayMs);
}

void PageRead::finish(PageResult result)
{
    result.expiries = m_expiries;
    result.expiredGenerations = m_expiredGenerations;
    finishWith([this, result] { emit finished(result); });
}
