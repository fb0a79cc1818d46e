#include "scrape/ticketscraper.h"

#include "http/htmldocument.h"
#include "logging.h"
#include "scrape/pageread.h"
#include "scrape/pagingplan.h"
#include "session/portalsession.h"
#include "scrape/ticketextractor.h"
#include "threadhandover.h"

#include <QDeadlineTimer>
#include <QtConcurrent/QtConcurrentRun>

TicketScraper::TicketScraper(PortalSession *session, QObject *parent)
    : PortalJob(parent)
    , m_session(session)
{
    if (!session)
        return;
    // The session owns the page reads: if it goes, so do they, without finishing; end here.
    connect(m_session, &QObject::destroyed, this, [this] {
        if (!m_running)
            return;
        ++m_generation;
        m_reads.clear();
        m_parsing = 0;
        m_result.error = PortalError::make(
            PortalError::Cancelled, tr("the portal session was closed"));
        finishScrape();
    });
}

TicketScraper::~TicketScraper()
{
    ++m_generation; // parse results still on the pool are dropped by the guard in .then()
    abortReads();
}

void TicketScraper::abortReads()
{
    const auto reads = std::exchange(m_reads, {});
    for (const QPointer<PageRead> &read : reads) {
        if (read) {
            read->disconnect(this);
            read->cancel();
        }
    }
}

void TicketScraper::begin()
{
    m_running = true;
    // A renewal in progress is fine: the reads wait for it in the pool.
    if (!m_session
        || (m_session->state() != PortalSession::State::LoggedIn
            && m_session->state() != PortalSession::State::Renewing)) {
        m_result.error = PortalError::make(PortalError::SessionExpired, tr("log in before scraping"));
        finishScrape();
        return;
    }
    m_loginCountAtStart = m_session->loginCount();
    HtmlDocument::initialize();
    m_extractor = std::make_shared<const TicketExtractor>(m_session->profile());
    qCInfo(lcScrape).noquote() << "scraping"
                               << m_session->profile().firstPageUrl().toString(QUrl::RemoveQuery);
    if (!m_fixedPages.isEmpty()) {
        m_allRequested = true;
        m_pagesKnown = int(m_fixedPages.size());
        for (int i = 0; i < m_fixedPages.size(); ++i)
            requestPage(i + 1, m_fixedPages.at(i));
        return;
    }
    m_pagesKnown = 1;
    requestPage(1, m_session->profile().firstPageUrl());
}

void TicketScraper::abandon()
{
    ++m_generation;
    abortReads();
    m_parsing = 0;
    m_result.cancelled = true;
    m_result.error = PortalError::make(PortalError::Cancelled, tr("scrape cancelled"));
    qCInfo(lcScrape) << "scrape cancelled after" << m_result.pages << "pages";
    finishScrape();
}

void TicketScraper::finishScrape()
{
    m_running = false;
    m_result.pagesKnown = qMax(m_pagesKnown, m_result.pages + m_result.pagesFailed);
    if (m_session)
        m_result.renewals = m_session->loginCount() - m_loginCountAtStart;
    finishWith([this, result = m_result] { emit finished(result); });
}

qint64 TicketScraper::clockMs()
{
    return QDeadlineTimer::current(Qt::PreciseTimer).deadline();
}

void TicketScraper::requestPage(int number, const QUrl &url)
{
    m_requestedUrls.insert(url.toString());
    m_requestedAtMs.insert(url, clockMs());
    auto *read = new PageRead(m_session, url, {}, m_session);
    m_reads.insert(number, read);
    connect(read, &PageRead::finished, this,
        [this, number](const PageResult &result) { onPageRead(number, result); });
    read->start();
}

void TicketScraper::onPageRead(int number, const PageResult &result)
{
    m_reads.remove(number);
    if (!m_running)
        return;
    for (const quint64 generation : result.expiredGenerations) {
        ++m_result.expiredAnswers;
        const int onThisSession = ++m_expiredPerSession[generation];
        m_result.mostExpiredOnOneSession = qMax(m_result.mostExpiredOnOneSession, onThisSession);
    }
    if (result.error.isError()) {
        failPage(number, result.url, result.error);
        maybeFinish();
        return;
    }
    // Parsing is CPU work: off this (GUI) thread; the answer comes back here through .then()
    // with this object as context, and is dropped if the scrape was cancelled meanwhile.
    ++m_parsing;
    const quint64 generation = m_generation;
    const QUrl url = result.finalUrl.isValid() ? result.finalUrl : result.url;
    ThreadHandOver::release(m_extractor.get());
    QtConcurrent::run([extractor = m_extractor, body = result.body,
                          contentType = result.contentType, url] {
        ThreadHandOver::acquire(extractor.get());
        return extractor->extract(body, url, contentType);
    }).then(this, [this, generation, number, url = result.url](const ExtractedPage &page) {
        if (generation != m_generation)
            return;
        --m_parsing;
        onPageParsed(number, url, page);
    });
}

void TicketScraper::onPageParsed(int number, const QUrl &url, const ExtractedPage &page)
{
    if (!page.error.isEmpty()) {
        failPage(number, url, PortalError::make(PortalError::Malformed, page.error, url));
        maybeFinish();
        return;
    }
    ++m_result.pages;
    for (const QString &problem : page.rowErrors)
        m_result.pageErrors << tr("page %1: %2").arg(number).arg(problem);

    QList<ReleaseTicket> tickets;
    tickets.reserve(page.tickets.size());
    for (const ReleaseTicket &ticket : page.tickets) {
        // A ticket seen twice means the list shifted under the scrape; the first copy stays.
        if (m_seenIds.contains(ticket.id)) {
            m_result.pageErrors << tr(
                "page %1: ticket %2 was already listed on another page")
                                       .arg(number)
                                       .arg(ticket.id);
            continue;
        }
        m_seenIds.insert(ticket.id);
        tickets.append(ticket);
        tickets.last().sourcePage = url;
    }
    m_result.rows += int(tickets.size());
    m_result.pageReadAtMs.insert(url, m_requestedAtMs.value(url, -1));
    if (page.totalCount >= 0) {
        m_totalCount = page.totalCount;
        m_result.portalTotal = page.totalCount;
    }
    if (!tickets.isEmpty())
        emit ticketsArrived(tickets);

    discoverPages(number, page);
    emit progress(m_result.pages + m_result.pagesFailed, m_pagesKnown, m_result.rows);
    maybeFinish();
}

void TicketScraper::discoverPages(int number, const ExtractedPage &page)
{
    if (m_allRequested)
        return;
    const SiteProfile &profile = m_session->profile();
    const SiteProfile::Paging &paging = profile.list.paging;
    const PagingPlan plan(paging, profile.baseUrl);
    const int rows = int(page.tickets.size() + page.rowErrors.size());
    const int pageCount = plan.pageCount(page.pageCount, page.totalCount, rows);
    if (pageCount >= 0 && plan.addressesPages()) {
        // Every page is known: queue them all now; the pool keeps the concurrency limit.
        m_pagesKnown = qMax(pageCount, number);
        m_allRequested = true;
        for (int p = 2; p <= pageCount; ++p) {
            const QUrl url = plan.pageUrl(p, plan.pageSize(rows));
            if (!m_requestedUrls.contains(url.toString()) && !m_reads.contains(p))
                requestPage(p, url);
        }
        return;
    }
    if (page.nextPage.isValid() && !m_requestedUrls.contains(page.nextPage.toString())) {
        m_pagesKnown = qMax(m_pagesKnown, number + 1);
        if (!profile.isSameOrigin(page.nextPage)) {
            failPage(number + 1, page.nextPage,
                PortalError::make(PortalError::OffOrigin,
                    tr("the next link leads off the portal's site"), page.nextPage));
            return;
        }
        requestPage(number + 1, page.nextPage);
    }
}

void TicketScraper::failPage(int number, const QUrl &url, const PortalError &error)
{
    ++m_result.pagesFailed;
    PortalError named = error;
    const QString where = redactSecrets(url.toString(QUrl::RemoveUserInfo));
    named.message = error.message.contains(where)
        ? tr("page %1: %2").arg(number).arg(error.message)
        : tr("page %1 (%2): %3").arg(number).arg(where, error.message);
    if (!m_result.error.isError())
        m_result.error = named;
    m_result.pageErrors << named.text();
    qCWarning(lcScrape).noquote() << named.text();
    emit pageFailed(named.text());
    emit progress(m_result.pages + m_result.pagesFailed, m_pagesKnown, m_result.rows);
}

void TicketScraper::maybeFinish()
{
    if (!m_running || !m_reads.isEmpty() || m_parsing > 0)
        return;
    if (m_totalCount >= 0 && m_result.pagesFailed == 0 && m_totalCount != m_result.rows)
        m_result.pageErrors << tr("the portal counts %1 tickets but %2 were read")
                                   .arg(m_totalCount)
                                   .arg(m_result.rows);
    qCInfo(lcScrape) << "scrape finished:" << m_result.pages << "pages," << m_result.rows
                     << "tickets," << m_result.pagesFailed << "pages failed";
    finishScrape();
}
