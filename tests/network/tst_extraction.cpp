// Login forms and ticket rows extracted from static pages (no network).
#include "session/loginformextractor.h"
#include "profile/siteprofile.h"
#include "scrape/ticketextractor.h"

#include <QFile>
#include <QTest>

namespace {

const QUrl pageUrl(QStringLiteral("https://portal.example.com/app/auth/login?next=%2Fx"));

// Two forms (a search form first, as on the demo portal), every kind of control.
const char loginPage[]
    = "<html><body>"
      "<form id='search' action='/search'><input name='q' value='x'><button "
      "type='submit'>Go</button></form>"
      "<form id='login' method='post' action='session'>"
      " <input type='text' name='username' value=''>"
      " <input type='password' name='password'>"
      " <input type='hidden' name='csrf_token' value='tok&amp;en'>"
      " <input type='hidden' name='disabled_one' value='1' disabled>"
      " <select name='domain'><option value='a'>A</option><option value='b' "
      "selected>B</option></select>"
      " <select name='lang'><option>zh</option><option>en</option></select>"
      " <input type='checkbox' name='remember' checked>"
      " <input type='checkbox' name='spam' value='1'>"
      " <input type='radio' name='mode' value='fast'><input type='radio' name='mode' value='safe' "
      "checked>"
      " <textarea name='note'> hi </textarea>"
      " <input type='submit' name='go' value='Login'><input type='submit' name='alt' value='Other'>"
      " <input type='reset' name='clear'>"
      "</form></body></html>";

SiteProfile::Login loginSpec()
{
    SiteProfile::Login login;
    login.userField = QStringLiteral("username");
    login.passwordField = QStringLiteral("password");
    return login;
}

SiteProfile demoProfile(const QString &name = QStringLiteral("demo"))
{
    ProfileError error;
    const auto profile = SiteProfile::load(name, &error);
    if (!profile)
        qFatal("%s", qPrintable(error.text()));
    return *profile;
}

} // namespace

class TestExtraction final : public QObject
{
    Q_OBJECT
private slots:
    // The form is submitted as a browser (and Scrapy's from_response) would.
    void loginFormLikeABrowser()
    {
        QString error;
        const auto form = LoginFormExtractor::extract(loginSpec(), loginPage, pageUrl, &error);
        QVERIFY2(form, qPrintable(error));
        QCOMPARE(form->action, QUrl(QStringLiteral("https://portal.example.com/app/auth/session")));
        QCOMPARE(form->method, QByteArray("POST"));
        const QList<QPair<QString, QString>> expected {
            { u"username"_qs, u""_qs },
            { u"password"_qs, u""_qs },
            { u"csrf_token"_qs, u"tok&en"_qs },
            { u"domain"_qs, u"b"_qs },
            { u"lang"_qs, u"zh"_qs },
            { u"remember"_qs, u"on"_qs },
            { u"mode"_qs, u"safe"_qs },
            { u"note"_qs, u"hi"_qs },
            { u"go"_qs, u"Login"_qs },
        };
        QCOMPARE(form->fields, expected);
    }

    void loginFormByXPathAndOverrides()
    {
        SiteProfile::Login login = loginSpec();
        login.formXPath = QStringLiteral("//form[@id='login']");
        login.extraFields.insert(QStringLiteral("lang"), QStringLiteral("en"));
        login.extraFields.insert(QStringLiteral("otp"), QStringLiteral("123"));
        QString error;
        auto form = LoginFormExtractor::extract(login, loginPage, pageUrl, &error);
        QVERIFY2(form, qPrintable(error));
        QCOMPARE(form->field(QStringLiteral("lang")), QStringLiteral("en"));
        QCOMPARE(form->field(QStringLiteral("otp")), QStringLiteral("123"));
        form->setField(QStringLiteral("password"), QStringLiteral("p&ss w"));
        QVERIFY(form->encodedBody().contains("password=p%26ss%20w"));
    }

    void noMatchingFormIsAClearError()
    {
        SiteProfile::Login login = loginSpec();
        login.formFields = { QStringLiteral("user"), QStringLiteral("pass") };
        QString error;
        QVERIFY(!LoginFormExtractor::extract(login, loginPage, pageUrl, &error));
        QCOMPARE(error, QStringLiteral("no form on the page holds the fields user, pass"));
        login.formFields.clear();
        login.formXPath = QStringLiteral("//form[@id='nope']");
        QVERIFY(!LoginFormExtractor::extract(login, loginPage, pageUrl, &error));
        QVERIFY(error.contains(QStringLiteral("no form matches login.form_xpath")));
    }

    // Rows by header text, nested elements and &nbsp; normalised, entities in the
    // release link decoded and resolved, summary rows skipped, full-width commas split.
    void demoStyleTable()
    {
        const QByteArray html
            = "<html><body><table id='tickets'><thead><tr>"
              "<th>单号</th><th> 应用 </th><th>版本</th><th>环境</th><th>提交人</th><th>依赖</th>"
              "<th>可并行</th><th>状态</th><th>操作</th></tr></thead><tbody>"
              "<tr class='ticket'><td>7</td><td><span>bill</span>&nbsp;<b>ing</b></td><td> 1.0 "
              "</td>"
              "<td>&nbsp;<span>生产</span></td><td>\n  王芳\n</td><td>3，4, 5</td><td>否</td>"
              "<td><span class='badge'>待上线</span></td>"
              "<td><a class='release' "
              "href='/release?id=7&amp;app=bill%20ing&amp;token=T'>上线</a></td></tr>"
              "<tr "
              "class='ticket'><td>8</td><td>a</td><td>2</td><td>预发</td><td>x</td><td><span>—</"
              "span></td>"
              "<td>是</td><td>已上线</td><td><a href='release?id=8'>上线</a></td></tr>"
              "<tr class='summary'><td colspan='9'>本页合计: 2</td></tr>"
              "</tbody></table><div class='pager'><span class='page'>2 / 9</span>"
              "共 <span class='total'>431</span><a class='next' "
              "href='/tickets?page=3'>下一页</a></div>"
              "</body></html>";
        const TicketExtractor extractor(demoProfile());
        const ExtractedPage page
            = extractor.extract(html, QUrl(QStringLiteral("http://h:1/tickets?page=2")));
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY2(page.rowErrors.isEmpty(), qPrintable(page.rowErrors.join(u'\n')));
        QCOMPARE(page.tickets.size(), 2);
        const ReleaseTicket &t = page.tickets.first();
        QCOMPARE(t.id, QStringLiteral("7"));
        QCOMPARE(t.application, QStringLiteral("bill ing"));
        QCOMPARE(t.version, QStringLiteral("1.0"));
        QCOMPARE(t.environment, QStringLiteral("生产"));
        QCOMPARE(t.submitter, QStringLiteral("王芳"));
        QCOMPARE(t.dependencies, QStringList({ u"3"_qs, u"4"_qs, u"5"_qs }));
        QVERIFY(!t.concurrent);
        QVERIFY(t.pendingOnPortal);
        QCOMPARE(
            t.releaseUrl, QUrl(QStringLiteral("http://h:1/release?id=7&app=bill%20ing&token=T")));
        const ReleaseTicket &u = page.tickets.at(1);
        QVERIFY(u.dependencies.isEmpty());
        QVERIFY(u.concurrent);
        QVERIFY(!u.pendingOnPortal);
        QCOMPARE(u.releaseUrl, QUrl(QStringLiteral("http://h:1/release?id=8")));
        QCOMPARE(page.pageCount, 9);
        QCOMPARE(page.totalCount, 431);
        QCOMPARE(page.nextPage, QUrl(QStringLiteral("http://h:1/tickets?page=3")));
    }

    // A page that does not look like the profile says is an error naming what is missing.
    void malformedPages_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("cut off html")
            << u"demo"_qs << QByteArray("<html><body><div class='pag")
            << u"no column headed \"单号\" (id), \"应用\" (application)"_qs;
        QTest::newRow("empty") << u"demo"_qs << QByteArray() << u"the page is empty or not HTML"_qs;
        QTest::newRow("english page, zh profile")
            << u"demo"_qs
            << QByteArray("<table "
                          "id='tickets'><thead><tr><th>Ticket</th><th>Application</th></tr></"
                          "thead></table>")
            << u"the headers are: Ticket | Application"_qs;
        QTest::newRow("bad json") << u"demo-json"_qs << QByteArray("{\"items\": [")
                                  << u"not valid JSON"_qs;
        QTest::newRow("json without items") << u"demo-json"_qs << QByteArray("{\"total\": 3}")
                                            << u"no list of items at \"items\""_qs;
    }
    void malformedPages()
    {
        QFETCH(QString, profile);
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const ExtractedPage page
            = TicketExtractor(demoProfile(profile)).extract(body, QUrl(u"http://h/"_qs));
        QVERIFY2(page.error.contains(error), qPrintable(page.error));
        QVERIFY(page.tickets.isEmpty());
    }

    void jsonItems()
    {
        const QByteArray json = "{\"total\":3,\"pages\":2,\"items\":[{\"id\":5,\"app\":\"a\","
                                "\"version\":\"1\",\"env\":\"prod\","
                                "\"submitter\":\"s\",\"depends_on\":[1,2],\"concurrent\":false,"
                                "\"status\":\"pending\","
                                "\"release_url\":\"/release?id=5&token=x\"},{\"app\":\"no id\"}]}";
        const ExtractedPage page = TicketExtractor(demoProfile(u"demo-json"_qs))
                                       .extract(json, QUrl(u"http://h:2/api/tickets?page=1"_qs));
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.tickets.size(), 1);
        QCOMPARE(page.rowErrors, QStringList { u"item 2: no ticket id"_qs });
        QCOMPARE(page.tickets.first().dependencies, QStringList({ u"1"_qs, u"2"_qs }));
        QVERIFY(!page.tickets.first().concurrent);
        QCOMPARE(page.tickets.first().releaseUrl, QUrl(u"http://h:2/release?id=5&token=x"_qs));
        QCOMPARE(page.pageCount, 2);
        QCOMPARE(page.totalCount, 3);
    }

    // The second example portal, a card list instead of a table,
    // read entirely by XPath, with a per-row form token for a POST release.
    void secondExamplePortal()
    {
        const QString dir
            = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../resources/profiles/examples/");
        ProfileError error;
        const auto profile = SiteProfile::load(dir + u"acme-deploy.json"_qs, &error);
        QVERIFY2(profile, qPrintable(error.text()));
        QFile sample(dir + u"acme-deploy-queue.html"_qs);
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QUrl url(u"https://deploy.acme.internal/deploys/queue?page=1&per=20"_qs);
        const ExtractedPage page = TicketExtractor(*profile).extract(sample.readAll(), url);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY2(page.rowErrors.isEmpty(), qPrintable(page.rowErrors.join(u'\n')));
        QCOMPARE(page.tickets.size(), 2); // the template card is skipped
        QCOMPARE(page.pageCount, 7);
        const ReleaseTicket &a = page.tickets.first();
        QCOMPARE(a.id, u"88213"_qs);
        QCOMPARE(a.application, u"billing-api"_qs);
        QCOMPARE(a.version, u"2.4.1"_qs);
        QCOMPARE(a.environment, u"prod-eu"_qs);
        QCOMPARE(a.submitter, u"Li Wei"_qs);
        QCOMPARE(a.dependencies, QStringList({ u"88190"_qs, u"88191"_qs }));
        QVERIFY(!a.concurrent);
        QVERIFY(a.pendingOnPortal);
        QCOMPARE(a.releaseUrl, QUrl(u"https://deploy.acme.internal/deploys/88213/execute"_qs));
        QCOMPARE(a.extra.value(u"token"_qs), u"c2VjcmV0LTEx"_qs);
        const auto params = profile->releaseParams(a);
        QCOMPARE(params.first(), qMakePair(u"_token"_qs, u"c2VjcmV0LTEx"_qs));
        const ReleaseTicket &b = page.tickets.at(1);
        QCOMPARE(b.version, u"10.0.0-rc.2"_qs);
        QCOMPARE(b.submitter, u"Ana Souza"_qs);
        QVERIFY(b.dependencies.isEmpty());
        QVERIFY(b.concurrent);
        QVERIFY(!b.pendingOnPortal);
        QCOMPARE(profile->pageUrl(3),
            QUrl(u"https://deploy.acme.internal/deploys/queue?page=3&per=20"_qs));
    }
};

QTEST_GUILESS_MAIN(TestExtraction)
#include "tst_extraction.moc"
