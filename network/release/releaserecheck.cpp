#include "release/releaserecheck.h"

#include "session/portalsession.h"
#include "scrape/ticketscraper.h"

ReleaseRecheck::ReleaseRecheck(PortalSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

ReleaseRecheck::~ReleaseRecheck() = default;

void ReleaseRecheck::start()
{
    m_snapshot = {};
    if (!m_session) {
        m_snapshot.error = PortalError::make(PortalError::Cancelled, QStringLiteral("no session"));
        QMetaObject::invokeMethod(
            this, [this] { emit finished(m_snapshot); }, Qt::QueuedConnection);
        return;
    }
    delete m_scraper;
    m_scraper = new TicketScraper(m_session, this);
    connect(m_scraper, &TicketScraper::ticketsArrived, this,
        [this](const QList<ReleaseTicket> &tickets) {
            for (const auto &ticket : tickets)
                m_snapshot.tickets.insert(ticket.id, ticket);
        });
    connect(m_scraper, &TicketScraper::finished, this, &ReleaseRecheck::onFinished);
    m_scraper->start();
}

void ReleaseRecheck::cancel()
{
    if (m_scraper) {
        m_scraper->disconnect(this);
        m_scraper->cancel();
        m_scraper->deleteLater();
        m_scraper = nullptr;
    }
}

void ReleaseRecheck::onFinished(const ScrapeResult &result)
{
    m_snapshot.error = result.error;
    m_snapshot.pageErrors = result.pageErrors;
    if (m_scraper) {
        m_scraper->deleteLater();
        m_scraper = nullptr;
    }
    emit finished(m_snapshot);
}

QString ReleaseRecheck::problem(const ReleaseTicket &approved, const ReleaseTicket *onPortal)
{
    if (!onPortal)
        return QStringLiteral("no longer on the portal's list");
    if (!onPortal->pendingOnPortal)
        return QStringLiteral("no longer pending on the portal (status: %1)")
            .arg(onPortal->portalStatus);
    if (onPortal->version != approved.version)
        return QStringLiteral("version changed on the portal since approval: %1 → %2")
            .arg(approved.version, onPortal->version);
    return {};
}
