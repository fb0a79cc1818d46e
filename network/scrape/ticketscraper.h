#pragma once

#include "portalerror.h"
#include "portaljob.h"
#include "releaseticket.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>

class PageRead;
class TicketExtractor;
class PortalSession;
struct PageResult;
struct ExtractedPage;

struct ScrapeResult
{
    PortalError error; // the first failure that ended or spoiled the scrape; None on success
    QStringList pageErrors; // one readable line per failed page or row problem
    int pages = 0; // pages read and parsed
    int pagesFailed = 0;
    int pagesKnown = 0; // pages the scrape learnt of (the pager's count, or pages followed)
    int rows = 0; // tickets delivered through ticketsArrived
    int portalTotal = -1; // tickets the portal says it lists, -1 when it does not say
    int renewals = 0; // times the session was renewed during the scrape
    int expiredAnswers = 0; // reads answered "session expired" (each read again after renewal)
    // The most expired answers that came back from one session: what one expiry cost. The pool
    // holds new reads once an expiry is seen, so this stays at or below the concurrency limit.
    int mostExpiredOnOneSession = 0;
    bool cancelled = false;
    // When each page read went out (TicketScraper::clockMs(), the page's first request; a read
    // answered later is only newer), for the pages whose rows were delivered: a plan made from
    // this list knows how old the list is (ReleaseOptions::recheckMaxAgeMs).
    QHash<QUrl, qint64> pageReadAtMs;

    // Every page known was read and parsed, and the portal's own count (if any) agrees: the
    // list is whole. Anything else is a partial list, and must be shown as one.
    bool isComplete() const
    {
        return !cancelled && !error.isError() && pagesFailed == 0
            && (portalTotal < 0 || portalTotal == rows);
    }
};
Q_DECLARE_METATYPE(ScrapeResult)

// A job scraping every ticket of the portal with a logged-in session. Page 1 first; once the
// page count is known every other page is requested at once (the session's pool keeps the
// concurrency limit), otherwise next links are followed as they appear. Pages are parsed on
// QtConcurrent's pool; each page's rows come out as one ticketsArrived(), in the order pages
// finish (not page order). A PortalJob: exactly one finished(), never inside start(); cancel()
// aborts the reads, drops parse results and finishes with cancelled set. An expired session is
// the session's business: each read waits for the one renewal and reads again.
class TicketScraper final : public PortalJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketScraper)
public:
    explicit TicketScraper(PortalSession *session, QObject *parent = nullptr);
    ~TicketScraper() override;

    bool isRunning() const { return m_running; }
    // Read exactly these list pages (and follow no pager): a re-check of known tickets.
    void setPages(const QList<QUrl> &pages) { m_fixedPages = pages; }

    // The monotonic clock of ScrapeResult::pageReadAtMs, in milliseconds.
    static qint64 clockMs();

signals:
    void ticketsArrived(const QList<ReleaseTicket> &tickets);
    void progress(int pagesDone, int pagesKnown, int rows); // pagesKnown 0 while unknown
    void pageFailed(const QString &message);
    void finished(const ScrapeResult &result);

protected:
    void begin() override;
    void abandon() override;

private:
    void abortReads();
    void finishScrape();
    void requestPage(int number, const QUrl &url);
    void onPageRead(int number, const PageResult &result);
    void onPageParsed(int number, const QUrl &url, const ExtractedPage &page);
    void discoverPages(int number, const ExtractedPage &page);
    void failPage(int number, const QUrl &url, const PortalError &error);
    void maybeFinish();

    QPointer<PortalSession> m_session;
    // page number -> read in flight; guarded: the reads belong to the session, which may go first
    QHash<int, QPointer<PageRead>> m_reads;
    QList<QUrl> m_fixedPages;
    QSet<QString> m_requestedUrls;
    QHash<QUrl, qint64> m_requestedAtMs;
    QSet<QString> m_seenIds;
    QHash<quint64, int> m_expiredPerSession; // session generation → expired answers
    std::shared_ptr<const TicketExtractor> m_extractor;
    int m_totalCount = -1;
    int m_parsing = 0;
    int m_pagesKnown = 0;
    bool m_allRequested = false; // page count known and every page queued
    bool m_running = false;
    int m_loginCountAtStart = 0;
    quint64 m_generation = 0; // bumped by cancel: stale parse results are dropped
    ScrapeResult m_result;
};
