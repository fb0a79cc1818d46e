// The demo portal's pages over real HTTP: login with CSRF, sessions, the HTML and JSON
// lists and their agreement with the portal's own data.
#include "demoportal.h"
#include "fixture_portalclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct ScrapedRow
{
    int id = 0;
    QStringList cells;
    QByteArray href;
};

QString cellText(QString html)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    html.remove(tags);
    html.replace(u"&nbsp;"_s, u" "_s).replace(u"&amp;"_s, u"&"_s);
    return html.simplified();
}

// A deliberately plain extraction (the real one is the network layer's job): enough to check
// that the page says what the portal holds.
QList<ScrapedRow> scrapeRows(const QByteArray &page)
{
    static const QRegularExpression rowPattern(
        u"<tr class=\"ticket\" data-id=\"(\\d+)\">(.*?)</tr>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(
        u"<td[^>]*>(.*?)</td>"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression hrefPattern(u"class=\"release\" href=\"([^\"]+)\""_s);
    QList<ScrapedRow> rows;
    const QString html = QString::fromUtf8(page);
    for (const auto &row : rowPattern.globalMatch(html)) {
        ScrapedRow scraped;
        scraped.id = row.captured(1).toInt();
        for (const auto &cell : cellPattern.globalMatch(row.captured(2)))
            scraped.cells.append(cellText(cell.captured(1)));
        scraped.href
            = hrefPattern.match(row.captured(2)).captured(1).replace(u"&amp;"_s, u"&"_s).toUtf8();
        rows.append(scraped);
    }
    return rows;
}

QString dependencyText(const DemoTicket &ticket)
{
    QStringList ids;
    for (int id : ticket.dependsOn)
        ids.append(QString::number(id));
    return ids.isEmpty() ? u"—"_s : ids.join(u", "_s);
}

} // namespace

class TestPortalPages : public QObject
{
    Q_OBJECT

private slots:
    void loginPageHasTwoFormsAndFreshCsrf();
    void loginGoodBadAndCsrf();
    void missingSessionRedirectsToLogin();
    void sessionExpiresByRequestCount();
    void sessionExpiresByTime();
    void paginationWalksEveryTicket();
    void jsonListEqualsHtmlList();
    void englishLabels();
    void generatedDataIsRealistic();
    void unknownPageAndLogout();
};

void TestPortalPages::loginPageHasTwoFormsAndFreshCsrf()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const PageReply first = browser.get(u"/login"_s);
    const PageReply second = browser.get(u"/login"_s);
    QCOMPARE(first.status, 200);
    const QByteArray html = first.body;
    QVERIFY(html.indexOf("<form id=\"search\"") >= 0);
    QVERIFY(html.indexOf("<form id=\"search\"")
        < html.indexOf("<form id=\"login-form\" method=\"post\" action=\"login\">"));
    QVERIFY(html.contains("name=\"username\""));
    QVERIFY(html.contains("name=\"password\""));
    QVERIFY(html.contains("type=\"hidden\" name=\"next\""));
    QVERIFY(!csrfToken(first.body).isEmpty());
    QVERIFY(csrfToken(first.body) != csrfToken(second.body));
}

void TestPortalPages::loginGoodBadAndCsrf()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());

    // Two outstanding tokens: both are valid, each once.
    const QByteArray tokenA = csrfToken(browser.get(u"/login"_s).body);
    const QByteArray tokenB = csrfToken(browser.get(u"/login"_s).body);

    PageReply bad = browser.post(u"/login"_s, "username=demo&password=wrong&csrf_token=" + tokenA);
    QCOMPARE(bad.status, 200);
    QVERIFY(bad.body.contains("<div class=\"error\">"));
    QVERIFY(bad.body.contains("id=\"login-form\""));
    QVERIFY(browser.sessionCookie().isEmpty());

    PageReply reused
        = browser.post(u"/login"_s, "username=demo&password=demo&csrf_token=" + tokenA);
    QCOMPARE(reused.status, 403);
    QVERIFY(reused.body.contains("<div class=\"error\">"));
    PageReply missing = browser.post(u"/login"_s, "username=demo&password=demo");
    QCOMPARE(missing.status, 403);
    QVERIFY(browser.sessionCookie().isEmpty());

    PageReply good = browser.post(u"/login"_s,
        "username=demo&password=demo&csrf_token=" + tokenB + "&next=%2Ftickets%3Fpage%3D2");
    QCOMPARE(good.status, 302);
    QCOMPARE(good.location, QByteArray("/tickets?page=2"));
    QVERIFY(!browser.sessionCookie().isEmpty());
    QCOMPARE(browser.get(u"/tickets"_s).status, 200);

    // The cookie is HttpOnly, as a real portal's is.
    RawClient raw(portal.baseUrl());
    QVERIFY(raw.open());
    const QByteArray token = csrfToken(raw.request("GET", "/login").body);
    const RawReply answer
        = raw.request("POST", "/login", {}, "username=demo&password=demo&csrf_token=" + token);
    QVERIFY(answer.header("Set-Cookie").startsWith("RDSESSION="));
    QVERIFY(answer.header("Set-Cookie").contains("HttpOnly"));
    QVERIFY(answer.header("Set-Cookie").contains("Path=/"));

    // An open redirect is not offered.
    PortalBrowser other(portal.baseUrl());
    const QByteArray tokenC = csrfToken(other.get(u"/login"_s).body);
    QCOMPARE(other
                 .post(u"/login"_s,
                     "username=demo&password=demo&next=%2F%2Fevil.example&csrf_token=" + tokenC)
                 .location,
        QByteArray("/tickets"));

    const QJsonObject audit = portal.audit();
    QCOMPARE(audit[u"logins"_s].toInt(), 3);
    QCOMPARE(audit[u"logins_failed"_s].toInt(), 3);
}

void TestPortalPages::missingSessionRedirectsToLogin()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    for (const QString &path :
        { u"/tickets?page=2"_s, u"/api/tickets"_s, u"/release?id=1001&app=x&token=y"_s }) {
        const PageReply reply = browser.get(path);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location, "/login?next=" + QUrl::toPercentEncoding(path));
    }
    // A forged cookie is no session either.
    RawClient raw(portal.baseUrl());
    QVERIFY(raw.open());
    QCOMPARE(raw.request("GET", "/tickets", "RDSESSION=0123456789abcdef").status, 302);
    // The redirect target round-trips through the login form.
    const PageReply login = browser.get(u"/login?next=%2Ftickets%3Fpage%3D2"_s);
    QVERIFY(login.body.contains("name=\"next\" value=\"/tickets?page=2\""));
}

void TestPortalPages::sessionExpiresByRequestCount()
{
    PortalConfig config;
    config.sessionMaxRequests = 3;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(browser.get(u"/tickets?page=1"_s).status, 200);
    const PageReply expired = browser.get(u"/api/tickets?page=2"_s);
    QCOMPARE(expired.status, 302);
    QVERIFY(expired.location.startsWith("/login?next="));
    QCOMPARE(browser.get(u"/tickets"_s).status, 302); // dead for good, not just once
    QVERIFY(browser.login());
    QCOMPARE(browser.get(u"/tickets"_s).status, 200);
}

void TestPortalPages::sessionExpiresByTime()
{
    PortalConfig config;
    config.sessionTtlS = 1;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    QTest::qWait(1200);
    QCOMPARE(browser.get(u"/tickets"_s).status, 302);
}

void TestPortalPages::paginationWalksEveryTicket()
{
    PortalConfig config;
    config.tickets = 123;
    config.pageSize = 20;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());

    static const QRegularExpression nextLink(u"<a class=\"next\" href=\"([^\"]+)\">下一页</a>"_s);
    QString path = u"/tickets"_s;
    QList<int> ids;
    int pages = 0;
    while (!path.isEmpty()) {
        const PageReply page = browser.get(path);
        QCOMPARE(page.status, 200);
        ++pages;
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(html.contains(u"<span class=\"total\">123</span>"_s));
        QVERIFY(html.contains(u"<span class=\"page\">%1 / 7</span>"_s.arg(pages)));
        QVERIFY(html.contains(u"<tr class=\"summary\">"_s));
        for (const ScrapedRow &row : scrapeRows(page.body))
            ids.append(row.id);
        path = nextLink.match(html).captured(1);
    }
    QCOMPARE(pages, 7);
    QCOMPARE(ids.size(), 123);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(ids[i], 1001 + i);
    QCOMPARE(browser.get(u"/tickets?page=8"_s).status, 404);
    QCOMPARE(browser.get(u"/api/tickets?page=0"_s).status, 404);
}

void TestPortalPages::jsonListEqualsHtmlList()
{
    PortalConfig config;
    config.tickets = 240;
    config.pageSize = 60;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    const char *const statusCodes[] = { "pending", "releasing", "released", "failed" };
    const char *const statusLabels[] = { "待上线", "上线中", "已上线", "上线失败" };

    for (int page = 1; page <= 4; ++page) {
        const QList<ScrapedRow> rows
            = scrapeRows(browser.get(u"/tickets?page=%1"_s.arg(page)).body);
        const QJsonObject json
            = QJsonDocument::fromJson(browser.get(u"/api/tickets?page=%1"_s.arg(page)).body)
                  .object();
        QCOMPARE(json[u"total"_s].toInt(), 240);
        QCOMPARE(json[u"page"_s].toInt(), page);
        QCOMPARE(json[u"pages"_s].toInt(), 4);
        QCOMPARE(json[u"page_size"_s].toInt(), 60);
        const QJsonArray items = json[u"items"_s].toArray();
        QCOMPARE(rows.size(), 60);
        QCOMPARE(items.size(), 60);
        for (int i = 0; i < rows.size(); ++i) {
            const ScrapedRow &row = rows[i];
            const QJsonObject item = items[i].toObject();
            const DemoTicket *truth = portal.ticket(row.id);
            QVERIFY(truth);
            QCOMPARE(row.cells.size(), 9);
            QCOMPARE(row.cells[0], QString::number(truth->id));
            QCOMPARE(row.cells[1], truth->application);
            QCOMPARE(row.cells[2], truth->version);
            QCOMPARE(row.cells[3], truth->environment);
            QCOMPARE(row.cells[4], truth->submitter);
            QCOMPARE(row.cells[5], dependencyText(*truth));
            QCOMPARE(row.cells[6], truth->concurrent ? u"是"_s : u"否"_s);
            QCOMPARE(row.cells[7], QString::fromUtf8(statusLabels[int(truth->status)]));
            QCOMPARE(row.cells[8], u"上线"_s);
            QCOMPARE(QString::fromUtf8(row.href), truth->releasePath());

            QCOMPARE(item[u"id"_s].toInt(), truth->id);
            QCOMPARE(item[u"app"_s].toString(), truth->application);
            QCOMPARE(item[u"version"_s].toString(), truth->version);
            QCOMPARE(item[u"env"_s].toString(), truth->environment);
            QCOMPARE(item[u"submitter"_s].toString(), truth->submitter);
            QList<int> deps;
            for (const QJsonValue &dep : item[u"depends_on"_s].toArray())
                deps.append(dep.toInt());
            QCOMPARE(deps, truth->dependsOn);
            QCOMPARE(item[u"concurrent"_s].toBool(), truth->concurrent);
            QCOMPARE(
                item[u"status"_s].toString(), QString::fromLatin1(statusCodes[int(truth->status)]));
            QCOMPARE(item[u"release_url"_s].toString(), truth->releasePath());
        }
    }
    // The test hook lists every ticket at once, without a session.
    RawClient raw(portal.baseUrl());
    QVERIFY(raw.open());
    const QJsonObject all = QJsonDocument::fromJson(raw.request("GET", "/_tickets").body).object();
    QCOMPARE(all[u"items"_s].toArray().size(), 240);
    QCOMPARE(all[u"items"_s].toArray().last()[u"id"_s].toInt(), 1240);
}

void TestPortalPages::englishLabels()
{
    PortalConfig config;
    config.language = PortalLanguage::English;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    const QByteArray html = browser.get(u"/tickets"_s).body;
    QVERIFY(html.contains(
        "<th>Ticket</th><th>Application</th><th>Version</th><th>Environment</th>"
        "<th>Submitter</th><th>Depends on</th><th>Concurrent</th><th>Status</th><th>Action</th>"));
    QVERIFY(html.contains("<a class=\"next\" href=\"/tickets?page=2\">Next</a>"));
    const QList<ScrapedRow> rows = scrapeRows(html);
    QCOMPARE(rows.size(), 50);
    QCOMPARE(rows[0].cells[4], portal.ticket(rows[0].id)->submitter);
    QVERIFY(rows[0].cells[3] == "prod"_L1 || rows[0].cells[3] == "staging"_L1);
    // Switching language at run time relabels the same tickets.
    PortalConfig chinese = portal.config();
    chinese.language = PortalLanguage::Chinese;
    QVERIFY(portal.setConfig(chinese).isEmpty());
    QVERIFY(browser.get(u"/tickets"_s).body.contains("<th>单号</th>"));
}

void TestPortalPages::generatedDataIsRealistic()
{
    PortalConfig config;
    config.tickets = 2000;
    config.seed = 7;
    DemoPortal portal(config);
    DemoPortal same(config);
    int pending = 0, withDeps = 0, notConcurrent = 0;
    QSet<QString> apps;
    for (const DemoTicket &ticket : portal.tickets()) {
        pending += ticket.status == TicketStatus::Pending;
        withDeps += !ticket.dependsOn.isEmpty();
        notConcurrent += !ticket.concurrent;
        apps.insert(ticket.application);
        for (int dep : ticket.dependsOn)
            QVERIFY(dep < ticket.id && dep >= 1001);
        QVERIFY(ticket.dependsOn.size() <= 2);
        const DemoTicket *twin = same.ticket(ticket.id);
        QCOMPARE(twin->token, ticket.token);
        QCOMPARE(twin->dependsOn, ticket.dependsOn);
        QCOMPARE(twin->application, ticket.application);
    }
    QVERIFY2(pending > 1500 && pending < 1760, qPrintable(QString::number(pending)));
    QVERIFY2(withDeps > 200 && withDeps < 400, qPrintable(QString::number(withDeps)));
    QVERIFY2(notConcurrent > 50 && notConcurrent < 160, qPrintable(QString::number(notConcurrent)));
    QVERIFY(apps.size() >= 10);
    config.seed = 8;
    DemoPortal other(config);
    QVERIFY(other.tickets().first().token != portal.tickets().first().token);
}

void TestPortalPages::unknownPageAndLogout()
{
    DemoPortal portal;
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QVERIFY(browser.login());
    QCOMPARE(browser.get(u"/nowhere"_s).status, 404);
    QCOMPARE(browser.get(u"/"_s).location, QByteArray("/tickets"));
    QCOMPARE(browser.get(u"/search?q=billing"_s).status, 200);
    QCOMPARE(browser.get(u"/logout"_s).status, 302);
    QCOMPARE(browser.get(u"/tickets"_s).status, 302);
}

QTEST_GUILESS_MAIN(TestPortalPages)
#include "tst_portalpages.moc"
