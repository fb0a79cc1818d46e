#include "release/releaserecheck.h"

#include "session/portalsession.h"
#include "scrape/ticketscraper.h"

#include <QSet>

ReleaseRecheck::ReleaseRecheck(PortalSession *session, QObject *parent)
    : PortalJob(parent)
    , m_session(session)
{
}

ReleaseRecheck::~ReleaseRecheck()
{
    if (m_scraper) {
        m_scraper->disconnect(this);
        m_scraper->cancel();
    }
}

QList<QUrl> ReleaseRecheck::pagesOf(const QList<ReleaseTicket> &tickets)
{
    QList<QUrl> pages;
    QSet<QUrl> seen;
    for (const ReleaseTicket &ticket : tickets) {
        if (!ticket.sourcePage.isValid())
            return {};
        if (!seen.contains(ticket.sourcePage)) {
            seen.insert(ticket.sourcePage);
            pages.append(ticket.sourcePage);
        }
    }
    return pages;
}

void ReleaseRecheck::begin()
{
    if (!m_session) {
        m_snapshot.error = PortalError::make(PortalError::Cancelled, tr("no portal session"));
        finishWith([this] { emit finished(m_snapshot); });
        return;
    }
    auto *scraper = new TicketScraper(m_session, this);
    m_scraper = scraper;
    scraper->setPages(m_pages);
    connect(scraper, &TicketScraper::ticketsArrived, this,
        [this](const QList<ReleaseTicket> &tickets) {
            for (const auto &ticket : tickets)
                m_snapshot.tickets.insert(ticket.id, ticket);
        });
    connect(scraper, &TicketScraper::finished, this, &ReleaseRecheck::onFinished);
    scraper->start();
}

void ReleaseRecheck::abandon()
{
    if (m_scraper) {
        m_scraper->disconnect(this);
        m_scraper->cancel();
    }
    m_snapshot.error = PortalError::make(PortalError::Cancelled, tr("the re-check was cancelled"));
    finishWith([this] { emit finished(m_snapshot); });
}

void ReleaseRecheck::onFinished(const ScrapeResult &result)
{
    m_snapshot.error = result.error;
    m_snapshot.rowProblems = result.pageErrors;
    m_snapshot.pagesRead = result.pages;
    finishWith([this] { emit finished(m_snapshot); });
}

QString ReleaseRecheck::problem(const ReleaseTicket &approved, const ReleaseTicket *onPortal)
{
    if (!onPortal)
        return tr("no longer on the portal's list");
    // A ticket planned by "retry failed" from a retryable status may still show it.
    const bool retrying = approved.retryableOnPortal && onPortal->retryableOnPortal;
    if (!onPortal->pendingOnPortal && !retrying)
        return tr("no longer pending on the portal (status: %1)").arg(onPortal->portalStatus);
    if (onPortal->version != approved.version)
        return tr("version changed on the portal since approval: %1 → %2")
            .arg(approved.version, onPortal->version);
    if (onPortal->releaseUrl.isEmpty())
        return tr("the portal shows no release link for it");
    return {};
}
