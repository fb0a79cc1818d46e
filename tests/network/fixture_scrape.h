#pragma once

// Shared by the scraping tests: an in-process demo portal and helpers that drive a
// session and a scraper to the end. Names carry "Scrape" so other fixtures of this folder
// cannot collide with them.

#include "demoportal.h"
#include "session/portalsession.h"
#include "releaseticket.h"
#include "profile/siteprofile.h"
#include "scrape/ticketscraper.h"

#include <QList>

#include <memory>

namespace ScrapeFixture {

// A portal on a free loopback port; nullptr (and a failed QVERIFY in the caller) if it cannot.
std::unique_ptr<DemoPortal> startPortal(const PortalConfig &config);

// An embedded profile ("demo", "demo-en", "demo-json") pointed at the portal.
SiteProfile profileFor(const QString &name, const DemoPortal &portal);

// Logs in and waits; returns the outcome.
PortalError login(PortalSession &session, const QString &user = QStringLiteral("demo"),
    const QString &password = QStringLiteral("demo"));

struct Scraped
{
    QList<ReleaseTicket> tickets;
    ScrapeResult result;
    int batches = 0; // ticketsArrived signals
    bool finishedOnce = false;
};
// Runs a scraper to its finished() signal (generous timeout, no wall-clock assertions).
Scraped scrape(PortalSession &session);

// What the portal's own data says the scraped tickets must be, in id order.
QList<ReleaseTicket> expectedTickets(const DemoPortal &portal, bool json);
// Compares field by field; returns "" or the first difference in words.
QString compareTickets(QList<ReleaseTicket> scraped, const QList<ReleaseTicket> &expected);

} // namespace ScrapeFixture
