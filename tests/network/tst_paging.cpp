// Paging modes of format 2. PagingPlan's URLs ({page}, {offset}, {start}, next values
// through a template) as a table, and over real HTTP against the demo portal: a next link read
// by regex into a template, and every page addressed from the total and the page size.
#include "fixture_scrape.h"
#include "scrape/pagingplan.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ScrapeFixture;

namespace {

PortalConfig config(int tickets, int pageSize)
{
    PortalConfig c;
    c.tickets = tickets;
    c.pageSize = pageSize;
    c.seed = 13;
    return c;
}

} // namespace

class TestPaging final : public QObject
{
    Q_OBJECT
private slots:
    void pageUrls_data()
    {
        QTest::addColumn<QString>("pageTemplate");
        QTest::addColumn<int>("firstPage");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("url");
        QTest::newRow("page") << u"t?page={page}"_s << 1 << 3 << 15 << u"http://h/app/t?page=3"_s;
        QTest::newRow("page from 0") << u"t?p={page}"_s << 0 << 3 << 15 << u"http://h/app/t?p=2"_s;
        QTest::newRow("offset first") << u"list.do?start={offset}"_s << 1 << 1 << 15
                                      << u"http://h/app/list.do?start=0"_s;
        QTest::newRow("offset third") << u"list.do?start={offset}"_s << 1 << 3 << 15
                                      << u"http://h/app/list.do?start=30"_s;
        QTest::newRow("start counts from 1") << u"q?from={start}&n=20"_s << 1 << 2 << 20
                                             << u"http://h/app/q?from=21&n=20"_s;
        QTest::newRow("offset and limit") << u"/api/t?offset={offset}&limit=50"_s << 1 << 4 << 50
                                          << u"http://h/api/t?offset=150&limit=50"_s;
    }
    void pageUrls()
    {
        QFETCH(QString, pageTemplate);
        QFETCH(int, firstPage);
        QFETCH(int, n);
        QFETCH(int, pageSize);
        QFETCH(QString, url);
        ListProfile::Paging paging;
        paging.pageTemplate = pageTemplate;
        paging.firstPage = firstPage;
        const PagingPlan plan(paging, QUrl(u"http://h/app/"_s));
        QCOMPARE(plan.pageUrl(n, pageSize), QUrl(url));
    }

    void nextUrls_data()
    {
        QTest::addColumn<QString>("nextTemplate");
        QTest::addColumn<int>("pageSize"); // of the profile; 0: the rows on the page
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("url"); // "" = no next page
        QTest::newRow("link") << QString() << 0 << u"?page=2"_s << u"http://h/app/t?page=2"_s;
        QTest::newRow("javascript without template") << QString() << 0
                                                     << u"javascript:goPage(2)"_s << QString();
        QTest::newRow("page number to offset") << u"list.do?start={offset}"_s << 0 << u"3"_s
                                               << u"http://h/app/list.do?start=30"_s;
        QTest::newRow("profile page size wins") << u"list.do?start={offset}"_s << 20 << u"3"_s
                                                << u"http://h/app/list.do?start=40"_s;
        QTest::newRow("cursor") << u"api?after={cursor}"_s << 0 << u"x+y"_s
                                << u"http://h/app/api?after=x%2By"_s;
        QTest::newRow("empty ends") << u"api?after={cursor}"_s << 0 << u" "_s << QString();
    }
    void nextUrls()
    {
        QFETCH(QString, nextTemplate);
        QFETCH(int, pageSize);
        QFETCH(QString, value);
        QFETCH(QString, url);
        ListProfile::Paging paging;
        paging.nextTemplate = nextTemplate;
        paging.pageSize = pageSize;
        const PagingPlan plan(paging, QUrl(u"http://h/app/"_s));
        const QUrl next = plan.nextUrl(value, QUrl(u"http://h/app/t?page=1"_s), 15);
        QCOMPARE(next, url.isEmpty() ? QUrl() : QUrl(url));
    }

    void pageCount()
    {
        ListProfile::Paging paging;
        QCOMPARE(PagingPlan(paging, {}).pageCount(7, -1, 10), 7);
        QCOMPARE(PagingPlan(paging, {}).pageCount(-1, 31, 15), 3);
        QCOMPARE(PagingPlan(paging, {}).pageCount(-1, -1, 15), -1);
        paging.pageSize = 10;
        QCOMPARE(PagingPlan(paging, {}).pageCount(-1, 31, 15), 4);
    }

    // The next link's URL taken apart by a regex and rebuilt by a template (what a
    // "javascript:goPage(3)" link needs), over the demo portal's real pages.
    void nextLinkThroughTemplate()
    {
        const auto portal = startPortal(config(57, 10));
        QVERIFY(portal);
        SiteProfile profile = profileFor(u"demo"_s, *portal);
        profile.format = 2;
        profile.list.paging.pageCount = {};
        profile.list.paging.total = {};
        profile.list.paging.pageTemplate.clear();
        profile.list.paging.nextText.clear();
        profile.list.paging.next.xpath = u"//div[@class='pager']/a[@class='next']"_s;
        profile.list.paging.next.attribute = u"href"_s;
        profile.list.paging.next.regex = u"page=(\\d+)"_s;
        profile.list.paging.nextTemplate = u"tickets?page={page}"_s;
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.result.pages, 6);
        const QString difference = compareTickets(scraped.tickets, expectedTickets(*portal, false));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Every page addressed at once from the total in the pager's text and the page size the
    // first page showed (no page count, no page_size in the profile).
    void pagesFromTotalText()
    {
        const auto portal = startPortal(config(57, 10));
        QVERIFY(portal);
        SiteProfile profile = profileFor(u"demo"_s, *portal);
        profile.list.paging.pageCount = {};
        profile.list.paging.pageSize = 0;
        profile.list.paging.nextText.clear();
        PortalSession session(profile);
        QVERIFY(!login(session).isError());
        const Scraped scraped = scrape(session);
        QVERIFY2(!scraped.result.error.isError(), qPrintable(scraped.result.error.text()));
        QCOMPARE(scraped.result.pages, 6);
        const QString difference = compareTickets(scraped.tickets, expectedTickets(*portal, false));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestPaging)
#include "tst_paging.moc"
