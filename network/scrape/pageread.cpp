#include "scrape/pageread.h"

#include "logging.h"
#include "http/networkpool.h"
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

PageRead::PageRead(PortalSession *session, const QUrl &url, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_url(url)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PageRead::send);
}

PageRead::~PageRead()
{
    if (m_pending && m_session)
        m_session->pool()->cancel(m_pending);
}

void PageRead::start()
{
    send();
}

void PageRead::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    if (m_pending && m_session)
        m_session->pool()->cancel(m_pending);
    m_pending = 0;
    deleteLater();
}

void PageRead::send()
{
    if (m_done)
        return;
    if (!m_session) {
        PageResult result;
        result.url = m_url;
        result.error = PortalError::make(
            PortalError::Cancelled, QStringLiteral("the session was closed"), m_url);
        finish(result);
        return;
    }
    ++m_attempts;
    m_sessionGeneration = m_session->generation();
    NetRequest request;
    request.url = m_url;
    request.stopAtRedirectContaining = m_session->profile().login.expired.redirectContains;
    m_pending = m_session->pool()->send(request, this, [this](const NetResponse &response) {
        m_pending = 0;
        onResponse(response);
    });
}

void PageRead::onResponse(const NetResponse &response)
{
    if (m_done)
        return;
    PageResult result;
    result.url = m_url;
    result.finalUrl = response.url;
    result.status = response.status;
    result.attempts = m_attempts;
    result.relogged = m_relogged;
    const int retries = m_session->profile().politeness.pageRetries;

    if (!response.error.isError() && m_session->looksExpired(response)) {
        if (m_relogged) {
            result.error = PortalError::make(PortalError::SessionExpired,
                QStringLiteral("%1 still finds the session expired after logging in again")
                    .arg(loggable(m_url)),
                m_url, response.status);
            finish(result);
            return;
        }
        // Once per read: log in again (shared with other reads that hit the same expiry) and
        // replay. Page reads are safe to replay; releases never come through here.
        m_relogged = true;
        qCInfo(lcScrape).noquote()
            << "session expired while reading" << loggable(m_url) << "- logging in again";
        m_session->relogin(m_sessionGeneration, this, [this](const PortalError &error) {
            if (!error.isError()) {
                send();
                return;
            }
            PageResult failed;
            failed.url = m_url;
            failed.attempts = m_attempts;
            failed.relogged = true;
            failed.error = error;
            failed.error.message = QStringLiteral("%1 (logging in again for %2)")
                                       .arg(error.message, loggable(m_url));
            finish(failed);
        });
        return;
    }

    if (response.error.isError()) {
        const bool retryable = response.error.category == PortalError::Timeout
            || response.error.category == PortalError::Network;
        if (retryable && ++m_failures <= retries) {
            qCInfo(lcScrape).noquote()
                << "retrying" << loggable(m_url) << "after" << response.error.text();
            retryLater(backoffMs(m_failures));
            return;
        }
        result.error = response.error;
        if (retryable)
            result.error.message += QStringLiteral(" (after %1 attempts)").arg(m_attempts);
        finish(result);
        return;
    }

    if (response.status == 429 || response.status == 503) {
        if (++m_rateLimited <= maxRateLimitedWaits) {
            // In 64 bits: a Retry-After of a year in milliseconds does not fit an int.
            const int wait = response.retryAfterSeconds >= 0
                ? int(qMin<qint64>(maxRetryAfterMs, qint64(response.retryAfterSeconds) * 1000))
                : backoffMs(m_rateLimited);
            qCInfo(lcScrape).noquote() << "portal asks to slow down (HTTP" << response.status
                                       << ") for" << loggable(m_url) << "- waiting" << wait << "ms";
            retryLater(qMax(wait, 50));
            return;
        }
        result.error = PortalError::make(PortalError::RateLimited,
            QStringLiteral("%1 answered HTTP %2 %3 times")
                .arg(loggable(m_url))
                .arg(response.status)
                .arg(m_rateLimited),
            m_url, response.status);
        finish(result);
        return;
    }

    if (response.status >= 500) {
        if (++m_failures <= retries) {
            qCInfo(lcScrape).noquote()
                << "retrying" << loggable(m_url) << "after HTTP" << response.status;
            retryLater(backoffMs(m_failures));
            return;
        }
        result.error = PortalError::make(PortalError::HttpStatus,
            QStringLiteral("%1 answered HTTP %2 (after %3 attempts)")
                .arg(loggable(m_url))
                .arg(response.status)
                .arg(m_attempts),
            m_url, response.status);
        finish(result);
        return;
    }
    if (response.status >= 300 || response.status < 200) {
        result.error = PortalError::make(PortalError::HttpStatus,
            QStringLiteral("%1 answered HTTP %2").arg(loggable(m_url)).arg(response.status), m_url,
            response.status);
        finish(result);
        return;
    }
    result.body = response.body;
    finish(result);
}

void PageRead::retryLater(int delayMs)
{
    m_retryTimer.start(delayMs);
}

void PageRead::finish(PageResult result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}
