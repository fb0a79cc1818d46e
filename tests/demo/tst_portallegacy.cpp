// The demo portal's legacy flavour over real HTTP: GBK pages (charset in <meta> only on
// some), the pre-login JSESSIONID and j_security_check with a GBK-decoded password, 200 + login
// page on expiry, javascript:goPage paging over start=, status in <img alt>, remarks with
// dependencies and the exclusive marker, and the two-step release with a single-use token.
#include "demoportal.h"
#include "fixture_portalclient.h"
#include "gbkcodec.h"
#include "legacyfront.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// "发布@2024" in GBK, percent-encoded as a browser on a GBK page sends it.
const QByteArray gbkPassword = "%B7%A2%B2%BC%402024";
// The same password as UTF-8 percent-encoding: what a client that ignores the charset sends.
const QByteArray utf8Password = "%E5%8F%91%E5%B8%83%402024";

PortalConfig legacyConfig()
{
    PortalConfig config;
    config.flavor = PortalFlavor::Legacy;
    config.tickets = 100;
    config.pageSize = 15;
    config.password = u"发布@2024"_s;
    return config;
}

QString text(const PageReply &reply)
{
    return GbkCodec::decode(reply.body).value_or(QString());
}

// Loads the login page (the pre-login cookie lands in the jar) and posts the form.
PageReply legacyLogin(PortalBrowser &browser, const QByteArray &password = gbkPassword)
{
    browser.get(u"/login.jsp"_s);
    return browser.post(u"/j_security_check"_s, "j_username=demo&j_password=" + password);
}

QByteArray confirmToken(const PageReply &confirmPage)
{
    static const QRegularExpression pattern(
        u"<input type=\"hidden\" name=\"confirmToken\" value=\"([0-9A-F]+)\">"_s);
    return pattern.match(QString::fromLatin1(confirmPage.body)).captured(1).toLatin1();
}

PageReply release(PortalBrowser &browser, int id, const QByteArray &token)
{
    QByteArray body = "id=" + QByteArray::number(id);
    if (!token.isNull())
        body += "&confirmToken=" + token;
    return browser.post(u"/release.do"_s, body);
}

bool isLoginPage(const PageReply &reply)
{
    return reply.status == 200
        && text(reply).contains(
            u"<form name=\"loginForm\" method=\"post\" action=\"j_security_check\">"_s);
}

QJsonArray releasesOf(const QJsonObject &audit, int ticket)
{
    QJsonArray result;
    for (const QJsonValue &value : audit[u"releases"_s].toArray()) {
        if (value[u"ticket"_s].toInt() == ticket)
            result.append(value);
    }
    return result;
}

const DemoTicket *firstIndependentPending(const DemoPortal &portal, int skip = 0)
{
    for (const DemoTicket &ticket : portal.tickets()) {
        if (ticket.status == TicketStatus::Pending && ticket.dependsOn.isEmpty()
            && ticket.concurrent && skip-- == 0)
            return &ticket;
    }
    return nullptr;
}

} // namespace

class TestPortalLegacy : public QObject
{
    Q_OBJECT

private slots:
    void gbkCodec_data();
    void gbkCodec();
    void loginPageSetsPreLoginCookie();
    void gbkPasswordLogin();
    void charsetDeclarations();
    void pagingWalksEveryTicket();
    void twoStepReleaseTokenIsSingleUse();
    void expiryAnswersTheLoginPage();
    void expiryByTime();
    void pendingOnlyHidesLinksAndForms();
    void actThenLoginRedirectFault();
};

void TestPortalLegacy::gbkCodec_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("gbk");
    QTest::newRow("password") << u"发布@2024"_s << QByteArray::fromHex("b7a2b2bc4032303234");
    QTest::newRow("status") << u"待上线"_s << QByteArray::fromHex("b4fdc9cfcfdf");
    QTest::newRow("ascii") << u"demo"_s << QByteArray("demo");
}

void TestPortalLegacy::gbkCodec()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, gbk);
    QCOMPARE(GbkCodec::encode(text), gbk);
    QCOMPARE(GbkCodec::decode(gbk), std::optional<QString>(text));
    QVERIFY(!GbkCodec::decode("\x81").has_value()); // a lead byte without its trail
    // The form decoder: GBK bytes give the password, UTF-8 bytes something else.
    QCOMPARE(LegacyFront::decodeGbkForm("j_password=" + gbkPassword).value(u"j_password"_s),
        u"发布@2024"_s);
    QVERIFY(LegacyFront::decodeGbkForm("j_password=" + utf8Password).value(u"j_password"_s)
        != u"发布@2024"_s);
}

void TestPortalLegacy::loginPageSetsPreLoginCookie()
{
    DemoPortal portal(legacyConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const PageReply page = browser.get(u"/login.jsp"_s);
    QCOMPARE(page.status, 200);
    QVERIFY(page.setCookie.startsWith("JSESSIONID="));
    QVERIFY(!browser.cookie("JSESSIONID").isEmpty());
    QVERIFY(!QString::fromUtf8(page.body).contains(u"用户名"_s)); // not UTF-8
    QVERIFY(text(page).contains(u"<input type=\"text\" name=\"j_username\""_s));
    QVERIFY(text(page).contains(u"<input type=\"password\" name=\"j_password\""_s));
    QVERIFY(text(page).contains(u"用户名："_s));
    const PageReply root = browser.get(u"/"_s);
    QCOMPARE(root.status, 302);
    QCOMPARE(root.location, QByteArray("/list.do"));
}

void TestPortalLegacy::gbkPasswordLogin()
{
    DemoPortal portal(legacyConfig());
    QVERIFY(portal.listen());

    PortalBrowser utf8(portal.baseUrl());
    const PageReply refused = legacyLogin(utf8, utf8Password);
    QCOMPARE(refused.status, 200);
    QVERIFY(text(refused).contains(u"用户名或密码错误"_s));
    QVERIFY(isLoginPage(refused));
    // The pre-login cookie still works for a second try, with the right bytes.
    const QByteArray preLogin = utf8.cookie("JSESSIONID");
    const PageReply retried
        = utf8.post(u"/j_security_check"_s, "j_username=demo&j_password=" + gbkPassword);
    QCOMPARE(retried.status, 302);
    QVERIFY(utf8.cookie("JSESSIONID") != preLogin); // a new id after login

    PortalBrowser gbk(portal.baseUrl());
    const PageReply accepted = legacyLogin(gbk);
    QCOMPARE(accepted.status, 302);
    QCOMPARE(accepted.location, QByteArray("/list.do"));
    QCOMPARE(gbk.get(u"/list.do"_s).status, 200);
    QVERIFY(text(gbk.get(u"/list.do"_s)).contains(u"id=\"dataTable\""_s));

    // Without the login page's cookie, form authentication does not start.
    PortalBrowser direct(portal.baseUrl());
    const PageReply noCookie
        = direct.post(u"/j_security_check"_s, "j_username=demo&j_password=" + gbkPassword);
    QCOMPARE(noCookie.status, 200);
    QVERIFY(text(noCookie).contains(u"会话已超时，请重新登录"_s));

    const QJsonObject audit = portal.audit();
    QCOMPARE(audit[u"logins"_s].toInt(), 2);
    QCOMPARE(audit[u"logins_failed"_s].toInt(), 2);
}

void TestPortalLegacy::charsetDeclarations()
{
    DemoPortal portal(legacyConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    const QByteArray metaOnly = "text/html";
    const QByteArray inHeader = "text/html;charset=GBK";
    QCOMPARE(browser.get(u"/login.jsp"_s).contentType, metaOnly);
    QCOMPARE(
        browser.post(u"/j_security_check"_s, "j_username=demo&j_password=x").contentType, inHeader);
    QCOMPARE(legacyLogin(browser).status, 302);
    const PageReply list = browser.get(u"/list.do"_s);
    QCOMPARE(list.contentType, metaOnly);
    QVERIFY(list.body.contains(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">"));
    const DemoTicket *ticket = firstIndependentPending(portal);
    const PageReply confirm = browser.get(u"/confirm.do?id=%1"_s.arg(ticket->id));
    QCOMPARE(confirm.contentType, metaOnly);
    const PageReply result = release(browser, ticket->id, confirmToken(confirm));
    QCOMPARE(result.contentType, inHeader);
    QVERIFY(text(result).contains(u"<td class=\"msgSuccess\">上线成功: #%1 "_s.arg(ticket->id)));
    const PageReply missing = browser.get(u"/nothing.do"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.contentType, inHeader);
}

void TestPortalLegacy::pagingWalksEveryTicket()
{
    DemoPortal portal(legacyConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QCOMPARE(legacyLogin(browser).status, 302);

    static const QRegularExpression nextLink(
        u"<a href=\"javascript:goPage\\((\\d+)\\)\">下一页</a>"_s);
    static const QRegularExpression pageSize(u"start\\.value = \\(n - 1\\) \\* (\\d+);"_s);
    static const QRegularExpression rowPattern(u"<tr class=\"listRow[12]\"[^>]*>(.*?)</tr>"_s,
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(
        u"<td[^>]*>(.*?)</td>"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression altPattern(u"alt=\"([^\"]+)\""_s);
    static const QRegularExpression dependsPattern(u"依赖: ([\\d, ]+)"_s);
    static const QHash<TicketStatus, QString> words
        = { { TicketStatus::Pending, u"待上线"_s }, { TicketStatus::Releasing, u"上线中"_s },
              { TicketStatus::Released, u"已上线"_s }, { TicketStatus::Failed, u"上线失败"_s } };

    int start = 0;
    int pages = 0;
    qsizetype index = 0;
    bool sawExclusive = false;
    bool sawDependency = false;
    while (start >= 0) {
        const QString page = text(browser.get(u"/list.do?start=%1"_s.arg(start)));
        QVERIFY(++pages <= 7);
        for (const auto &row : rowPattern.globalMatch(page)) {
            QStringList cells;
            for (const auto &cell : cellPattern.globalMatch(row.captured(1)))
                cells.append(cell.captured(1));
            QCOMPARE(cells.size(), 8);
            const DemoTicket &truth = portal.tickets().at(index++);
            QCOMPARE(cells[0].toInt(), truth.id);
            QCOMPARE(cells[1], truth.application);
            QCOMPARE(cells[2], truth.version);
            QCOMPARE(cells[3], truth.environment);
            QCOMPARE(cells[4], truth.submitter);
            QCOMPARE(altPattern.match(cells[5]).captured(1), words.value(truth.status));
            QList<int> dependsOn;
            for (const QString &id :
                dependsPattern.match(cells[6]).captured(1).split(u", "_s, Qt::SkipEmptyParts))
                dependsOn.append(id.toInt());
            QCOMPARE(dependsOn, truth.dependsOn);
            QCOMPARE(cells[6].contains(u"独占发布"_s), !truth.concurrent);
            QVERIFY(cells[7].contains(u"confirm.do?id=%1"_s.arg(truth.id)));
            sawExclusive = sawExclusive || !truth.concurrent;
            sawDependency = sawDependency || !truth.dependsOn.isEmpty();
        }
        const auto next = nextLink.match(page);
        const int size = pageSize.match(page).captured(1).toInt();
        QCOMPARE(size, 15);
        start = next.hasMatch() ? (next.captured(1).toInt() - 1) * size : -1;
    }
    QCOMPARE(pages, 7);
    QCOMPARE(index, qsizetype(100));
    QVERIFY(sawExclusive && sawDependency);

    QCOMPARE(browser.get(u"/list.do?start=30"_s).status, 200);
    QCOMPARE(portal.audit()[u"page_reads"_s].toObject(),
        (QJsonObject { { u"1"_s, 1 }, { u"2"_s, 1 }, { u"3"_s, 2 }, { u"4"_s, 1 }, { u"5"_s, 1 },
            { u"6"_s, 1 }, { u"7"_s, 1 } }));
    const QString last = text(browser.get(u"/list.do?start=90"_s));
    QVERIFY(last.contains(u"第 7/7 页"_s));
    QVERIFY(!last.contains(u"下一页"_s));
    QVERIFY(text(browser.get(u"/list.do?start=900"_s)).contains(u"没有符合条件的记录"_s));
}

void TestPortalLegacy::twoStepReleaseTokenIsSingleUse()
{
    DemoPortal portal(legacyConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QCOMPARE(legacyLogin(browser).status, 302);
    const DemoTicket *ticket = firstIndependentPending(portal);
    const DemoTicket *other = firstIndependentPending(portal, 1);

    const QByteArray token = confirmToken(browser.get(u"/confirm.do?id=%1"_s.arg(ticket->id)));
    const QByteArray secondToken
        = confirmToken(browser.get(u"/confirm.do?id=%1"_s.arg(ticket->id)));
    const QByteArray otherToken = confirmToken(browser.get(u"/confirm.do?id=%1"_s.arg(other->id)));
    QCOMPARE(token.size(), 32);
    QVERIFY(token != secondToken);
    QCOMPARE(ticket->status, TicketStatus::Pending); // reading a confirm page does nothing

    QVERIFY(text(release(browser, ticket->id, QByteArray())).contains(u"缺少确认令牌"_s));
    QVERIFY(text(release(browser, ticket->id, otherToken)).contains(u"无效的确认令牌"_s));
    QCOMPARE(ticket->status, TicketStatus::Pending);
    QVERIFY(text(release(browser, ticket->id, token)).contains(u"msgSuccess"_s));
    QCOMPARE(ticket->status, TicketStatus::Released);
    const PageReply reused = release(browser, ticket->id, token);
    QCOMPARE(reused.status, 200);
    QVERIFY(text(reused).contains(u"确认令牌已使用，请勿重复提交"_s));
    // A second confirm page's token is good once, and the handler sees the duplicate.
    QVERIFY(text(release(browser, ticket->id, secondToken)).contains(u"重复上线"_s));
    QCOMPARE(browser
                 .get(u"/release.do?id=%1&confirmToken=%2"_s.arg(other->id).arg(
                     QString::fromLatin1(otherToken)))
                 .status,
        405);
    QCOMPARE(other->status, TicketStatus::Pending);

    QStringList results;
    for (const QJsonValue &record : releasesOf(portal.audit(), ticket->id))
        results.append(record[u"result"_s].toString());
    QCOMPARE(results,
        (QStringList {
            u"token_missing"_s, u"forbidden"_s, u"success"_s, u"token_reused"_s, u"duplicate"_s }));
    QCOMPARE(portal.audit()[u"duplicates"_s].toArray(), QJsonArray { ticket->id });
    QVERIFY(releasesOf(portal.audit(), other->id).isEmpty());
}

void TestPortalLegacy::expiryAnswersTheLoginPage()
{
    PortalConfig config = legacyConfig();
    config.sessionMaxRequests = 2;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QCOMPARE(legacyLogin(browser).status, 302);
    const DemoTicket *ticket = firstIndependentPending(portal);
    QCOMPARE(browser.get(u"/list.do"_s).status, 200);
    const QByteArray token = confirmToken(browser.get(u"/confirm.do?id=%1"_s.arg(ticket->id)));
    QVERIFY(!token.isEmpty());
    const PageReply expired = release(browser, ticket->id, token);
    QVERIFY(isLoginPage(expired));
    QCOMPARE(expired.contentType, QByteArray("text/html"));
    QVERIFY(expired.setCookie.startsWith("JSESSIONID="));
    QCOMPARE(ticket->status, TicketStatus::Pending);
    QVERIFY(releasesOf(portal.audit(), ticket->id).isEmpty());

    // After login the browser goes back to the page read that met the expiry.
    QCOMPARE(
        browser.post(u"/j_security_check"_s, "j_username=demo&j_password=" + gbkPassword).status,
        302);
    QCOMPARE(browser.get(u"/list.do"_s).status, 200);
    QCOMPARE(browser.get(u"/list.do"_s).status, 200);
    QVERIFY(isLoginPage(browser.get(u"/list.do?start=45"_s)));
    const PageReply back
        = browser.post(u"/j_security_check"_s, "j_username=demo&j_password=" + gbkPassword);
    QCOMPARE(back.location, QByteArray("/list.do?start=45"));
    // The token of the refused release is still unused.
    QVERIFY(text(release(browser, ticket->id, token)).contains(u"msgSuccess"_s));
}

void TestPortalLegacy::expiryByTime()
{
    PortalConfig config = legacyConfig();
    config.sessionTtlS = 1;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QCOMPARE(legacyLogin(browser).status, 302);
    QCOMPARE(browser.get(u"/list.do"_s).status, 200);
    QVERIFY(!isLoginPage(browser.get(u"/list.do"_s)));
    QTest::qWait(1200);
    QVERIFY(isLoginPage(browser.get(u"/list.do"_s)));
}

void TestPortalLegacy::pendingOnlyHidesLinksAndForms()
{
    PortalConfig config = legacyConfig();
    config.releaseLinkPendingOnly = true;
    config.pageSize = 100;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QCOMPARE(legacyLogin(browser).status, 302);
    const QString page = text(browser.get(u"/list.do"_s));
    const DemoTicket *released = nullptr;
    for (const DemoTicket &ticket : portal.tickets()) {
        const bool linked = page.contains(u"<a href=\"confirm.do?id=%1\">"_s.arg(ticket.id));
        QCOMPARE(linked, ticket.status == TicketStatus::Pending);
        if (ticket.status == TicketStatus::Released)
            released = &ticket;
    }
    QVERIFY(released);
    const PageReply confirm = browser.get(u"/confirm.do?id=%1"_s.arg(released->id));
    QCOMPARE(confirm.status, 200);
    QVERIFY(confirmToken(confirm).isEmpty());
    QVERIFY(text(confirm).contains(u"该工单当前状态不允许上线"_s));
}

void TestPortalLegacy::actThenLoginRedirectFault()
{
    DemoPortal portal(legacyConfig());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl());
    QCOMPARE(legacyLogin(browser).status, 302);
    const DemoTicket *ticket = firstIndependentPending(portal);
    const QByteArray token = confirmToken(browser.get(u"/confirm.do?id=%1"_s.arg(ticket->id)));
    QVERIFY(portal.setFault(u"release-act-then-login-redirect@%1:1"_s.arg(ticket->id)).isEmpty());
    QVERIFY(isLoginPage(release(browser, ticket->id, token)));
    QCOMPARE(ticket->status, TicketStatus::Released);
    const QJsonObject record = releasesOf(portal.audit(), ticket->id).first().toObject();
    QCOMPARE(record[u"result"_s].toString(), u"success"_s);
    QCOMPARE(record[u"http_status"_s].toInt(), 200);
    QCOMPARE(record[u"fault"_s].toString(), u"release-act-then-login-redirect"_s);
    QVERIFY(isLoginPage(browser.get(u"/list.do"_s))); // the session is gone
}

QTEST_GUILESS_MAIN(TestPortalLegacy)
#include "tst_portallegacy.moc"
