#include "fixture_scrape.h"

#include "portaltext.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace ScrapeFixture {

std::unique_ptr<DemoPortal> startPortal(const PortalConfig &config)
{
    auto portal = std::make_unique<DemoPortal>(config);
    if (!portal->listen())
        return nullptr;
    return portal;
}

SiteProfile profileFor(const QString &name, const DemoPortal &portal)
{
    ProfileError error;
    std::optional<SiteProfile> profile = SiteProfile::load(name, &error);
    if (!profile)
        qFatal("embedded profile %s does not load: %s", qPrintable(name), qPrintable(error.text()));
    profile->setBaseUrl(portal.baseUrl());
    return *profile;
}

PortalError login(PortalSession &session, const QString &user, const QString &password)
{
    QSignalSpy spy(&session, &PortalSession::loginFinished);
    session.login(user, password);
    if (!spy.wait(60000))
        return PortalError::make(PortalError::Timeout, QStringLiteral("login never finished"));
    return spy.first().first().value<PortalError>();
}

Scraped scrape(PortalSession &session)
{
    Scraped out;
    TicketScraper scraper(&session);
    scraper.setAutoDelete(false); // on the stack
    int finishedCount = 0;
    QObject::connect(&scraper, &TicketScraper::ticketsArrived, &scraper,
        [&](const QList<ReleaseTicket> &tickets) {
            out.tickets += tickets;
            ++out.batches;
        });
    QObject::connect(&scraper, &TicketScraper::finished, &scraper, [&](const ScrapeResult &result) {
        out.result = result;
        ++finishedCount;
    });
    scraper.start();
    // QTRY_* cannot be used in a function returning a value: the same loop by hand.
    for (int waited = 0; finishedCount == 0 && waited < 240000; waited += 10)
        QTest::qWait(10);
    QTest::qWait(50); // a second finished() would show up here
    out.finishedOnce = finishedCount == 1;
    return out;
}

QList<ReleaseTicket> expectedTickets(const DemoPortal &portal, bool json)
{
    const PortalText &text = PortalText::forLanguage(portal.config().language);
    QList<ReleaseTicket> out;
    for (const DemoTicket &demo : portal.tickets()) {
        ReleaseTicket t;
        t.id = QString::number(demo.id);
        t.application = demo.application;
        t.version = demo.version;
        t.environment = demo.environment;
        t.submitter = demo.submitter;
        for (int dep : demo.dependsOn)
            t.dependencies << QString::number(dep);
        t.concurrent = demo.concurrent;
        t.portalStatus = json ? QString(ticketStatusCode(demo.status))
                              : QString::fromUtf8(text.statuses.at(size_t(demo.status)));
        t.pendingOnPortal = demo.status == TicketStatus::Pending;
        t.releaseUrl = portal.baseUrl().resolved(QUrl(demo.releasePath()));
        out << t;
    }
    return out;
}

QString compareTickets(QList<ReleaseTicket> scraped, const QList<ReleaseTicket> &expected)
{
    std::sort(scraped.begin(), scraped.end(),
        [](const ReleaseTicket &a, const ReleaseTicket &b) { return a.id.toInt() < b.id.toInt(); });
    if (scraped.size() != expected.size())
        return QStringLiteral("%1 tickets scraped, the portal has %2")
            .arg(scraped.size())
            .arg(expected.size());
    for (qsizetype i = 0; i < scraped.size(); ++i) {
        const ReleaseTicket &a = scraped.at(i);
        const ReleaseTicket &b = expected.at(i);
        for (const QString &field : ReleaseTicket::standardFieldNames()) {
            if (a.field(field) != b.field(field))
                return QStringLiteral("ticket %1, %2: scraped \"%3\", portal \"%4\"")
                    .arg(b.id, field, a.field(field), b.field(field));
        }
        if (a.pendingOnPortal != b.pendingOnPortal)
            return QStringLiteral("ticket %1: pendingOnPortal differs").arg(b.id);
    }
    return {};
}

} // namespace ScrapeFixture
