// The list side of format 2 on the demo portal's other flavours, over real HTTP.
// legacy: GBK pages (charset only in <meta> on list pages), status in <img alt>, dependencies
// and an exclusive marker in free-text remarks, pages addressed by offset, JavaScript paging.
// spa: a JSON API paged by offset/limit with a "next" URL, English status words, an inverted
// exclusive flag. Every field is compared with the portal's own data.
#include "fixture_scrape.h"
#include "scrape/ticketextractor.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ScrapeFixture;

namespace {

SiteProfile dataProfile(const QString &name, const DemoPortal &portal)
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/network/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    ProfileError error;
    auto profile = SiteProfile::fromJson(file.readAll(), &error, name);
    if (!profile)
        qFatal("%s", qPrintable(error.text()));
    profile->setBaseUrl(portal.baseUrl());
    return *profile;
}

// Every field but the release URL, which each flavour builds its own way; status words are
// translated by statusWord from the portal's truth.
QString compareFields(QList<ReleaseTicket> scraped, const QList<ReleaseTicket> &expected,
    const std::function<QString(const ReleaseTicket &)> &statusWord)
{
    std::sort(scraped.begin(), scraped.end(),
        [](const ReleaseTicket &a, const ReleaseTicket &b) { return a.id.toInt() < b.id.toInt(); });
    if (scraped.size() != expected.size())
        return u"%1 tickets scraped, the portal has %2"_s.arg(scraped.size()).arg(expected.size());
    for (qsizetype i = 0; i < scraped.size(); ++i) {
        const ReleaseTicket &a = scraped.at(i);
        ReleaseTicket b = expected.at(i);
        b.portalStatus = statusWord(b);
        for (const QString &field : ReleaseTicket::standardFieldNames()) {
            if (field != u"releaseUrl" && a.field(field) != b.field(field))
                return u"ticket %1, %2: scraped \"%3\", portal \"%4\""_s.arg(
                    b.id, field, a.field(field), b.field(field));
        }
        if (a.pendingOnPortal != b.pendingOnPortal)
            return u"ticket %1: pendingOnPortal differs"_s.arg(b.id);
    }
    return {};
}

QByteArray fetch(QNetworkAccessManager &manager, const QNetworkRequest &request,
    const QByteArray &postBody, QByteArray *contentType)
{
    QNetworkReply *reply
        = postBody.isNull() ? manager.get(request) : manager.post(request, postBody);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(60000))
        return {};
    if (contentType)
        *contentType = reply->rawHeader("Content-Type");
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

} // namespace

class TestFlavourLists final : public QObject
{
    Q_OBJECT
private slots:
    void legacyScrapeEqualsPortal_data()
    {
        QTest::addColumn<int>("tickets");
        QTest::addColumn<bool>("pendingOnlyLinks");
        QTest::newRow("100 tickets") << 100 << false;
        QTest::newRow("links on pending rows only") << 100 << true;
        QTest::newRow("one page") << 9 << false;
    }
    void legacyScrapeEqualsPortal()
    {
        QFETCH(int, tickets);
        QFETCH(bool, pendingOnlyLinks);
        PortalConfig config;
        config.flavor = PortalFlavor::Legacy;
        config.tickets = tickets;
        config.pageSize = 15;
        config.seed = 31;
        config.releaseLinkPendingOnly = pendingOnlyLinks;
        const auto portal = startPortal(config);
        QVERIFY(portal);
        PortalSession session(dataProfile(u"flavour-legacy.json"_s, *portal));
        const PortalError loggedIn = login(session);
        QVERIFY2(!loggedIn.isError(), qPrintable(loggedIn.text()));
        const Scraped scraped = scrape(session);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QVERIFY2(scraped.result.pageErrors.isEmpty(),
            qPrintable(scraped.result.pageErrors.join(u'\n')));
        QCOMPARE(scraped.result.pages, (tickets + 14) / 15);
        const QString difference = compareFields(scraped.tickets, expectedTickets(*portal, false),
            [](const ReleaseTicket &t) { return t.portalStatus; });
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        for (const ReleaseTicket &t : scraped.tickets) {
            if (t.pendingOnPortal)
                QCOMPARE(t.releaseUrl, portal->baseUrl().resolved(QUrl(u"confirm.do?id="_s + t.id)));
        }
    }

    // Following the JavaScript pager alone (no page count, no total): goPage(n) turned into
    // list.do?start=(n-1)*size by the next template.
    void legacyJavaScriptPager()
    {
        PortalConfig config;
        config.flavor = PortalFlavor::Legacy;
        config.tickets = 50;
        config.pageSize = 15;
        config.seed = 32;
        const auto portal = startPortal(config);
        QVERIFY(portal);
        SiteProfile profile = dataProfile(u"flavour-legacy.json"_s, *portal);
        profile.list.paging.pageCount = {};
        profile.list.paging.total = {};
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.result.pages, 4);
        const QString difference = compareFields(scraped.tickets, expectedTickets(*portal, false),
            [](const ReleaseTicket &t) { return t.portalStatus; });
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // The JSON list read page by page through its "next" URL, as the profile's extractor and
    // paging see it. The login is done by hand: logging in to the API is the request side's.
    void spaListEqualsPortal()
    {
        PortalConfig config;
        config.flavor = PortalFlavor::Spa;
        config.tickets = 120;
        config.pageSize = 50;
        config.seed = 33;
        const auto portal = startPortal(config);
        QVERIFY(portal);
        SiteProfile profile = dataProfile(u"flavour-spa.json"_s, *portal);
        profile.list.paging.pageTemplate.clear(); // follow "next" only
        profile.list.paging.total = {};
        QNetworkAccessManager manager;
        QNetworkRequest login(portal->baseUrl().resolved(QUrl(u"api/v1/login"_s)));
        login.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        const QByteArray answer
            = fetch(manager, login, "{\"username\":\"demo\",\"password\":\"demo\"}"_ba, nullptr);
        QVERIFY2(QJsonDocument::fromJson(answer).object().value(u"ok"_s).toBool(), answer.constData());

        const TicketExtractor extractor(profile);
        QList<ReleaseTicket> tickets;
        int pages = 0;
        for (QUrl url = profile.firstPageUrl(); url.isValid() && pages < 10; ++pages) {
            QByteArray contentType;
            const QByteArray body = fetch(manager, QNetworkRequest(url), QByteArray(), &contentType);
            const ExtractedPage page = extractor.extract(body, url, contentType);
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            QCOMPARE(page.charset, u"utf-8"_s);
            tickets += page.tickets;
            url = page.nextPage;
        }
        QCOMPARE(pages, 3);
        const QString difference
            = compareFields(tickets, expectedTickets(*portal, true), [](const ReleaseTicket &t) {
                  static const QHash<QString, QString> words { { u"pending"_s, u"READY"_s },
                      { u"releasing"_s, u"RUNNING"_s }, { u"released"_s, u"DONE"_s },
                      { u"failed"_s, u"FAILED"_s } };
                  return words.value(t.portalStatus);
              });
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        for (const ReleaseTicket &t : std::as_const(tickets)) {
            if (t.pendingOnPortal)
                QVERIFY2(!t.extra.value(u"nonce"_s).isEmpty(), qPrintable(t.id));
            QCOMPARE(t.releaseUrl,
                portal->baseUrl().resolved(QUrl(u"api/v1/releases/%1/deploy"_s.arg(t.id))));
        }
    }
};

QTEST_GUILESS_MAIN(TestFlavourLists)
#include "tst_flavourlists.moc"
