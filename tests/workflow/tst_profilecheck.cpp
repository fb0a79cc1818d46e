// check-profile (profile format 2): a profile with one deliberate mistake per capability, walked
// against the demo portal over real HTTP; the report must name that mistake, and a correct
// profile must pass clean. Nothing is ever released by the check.
#include "demoportal.h"
#include "profile/siteprofile.h"
#include "profilecheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using Mistake = std::function<void(SiteProfile &)>;
Q_DECLARE_METATYPE(Mistake)

namespace {

CaptureSpec capture(const QString &name, const QString &page, const QString &xpath,
    const QString &attribute)
{
    CaptureSpec spec;
    spec.name = name;
    spec.page = page;
    spec.xpath = xpath;
    spec.attribute = attribute;
    return spec;
}

ReleaseStepSpec step(const QString &name, const QString &url, bool acting)
{
    ReleaseStepSpec spec;
    spec.name = name;
    spec.request.url = url;
    spec.acting = acting;
    return spec;
}

} // namespace

class TestProfileCheck : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void mistakes_data();
    void mistakes();
    void secretsRedacted();
    void honoursTheLimit();

private:
    ProfileCheckReport run(const SiteProfile &profile, const QString &password);
    SiteProfile baseProfile() const;

    std::unique_ptr<DemoPortal> m_portal;
};

void TestProfileCheck::initTestCase()
{
    PortalConfig config;
    config.tickets = 45;
    config.pageSize = 20;
    config.password = u"发布@2024"_s; // a Chinese password: sent in the page's charset
    m_portal = std::make_unique<DemoPortal>(config);
    QVERIFY(m_portal->listen());
}

void TestProfileCheck::cleanupTestCase()
{
    m_portal.reset();
}

SiteProfile TestProfileCheck::baseProfile() const
{
    ProfileError error;
    std::optional<SiteProfile> profile = SiteProfile::load(u"demo"_s, &error);
    Q_ASSERT(profile);
    profile->setBaseUrl(m_portal->baseUrl());
    // The request side a format-2 profile adds: a token captured after login and sent back as
    // a header on every release step.
    profile->requests.captures = { capture(u"csrf"_s, u"login"_s,
        u"//form[.//input[@name='password']]//input[@name='csrf_token']"_s, u"value"_s) };
    profile->requests.headers.release = { { u"X-CSRF-Token"_s, u"{csrf}"_s } };
    return *profile;
}

ProfileCheckReport TestProfileCheck::run(const SiteProfile &profile, const QString &password)
{
    ProfileCheck check(profile, u"demo"_s, password);
    QSignalSpy spy(&check, &ProfileCheck::finished);
    check.start();
    // The result never comes inside start(): whoever starts connects first.
    if (!spy.isEmpty())
        return {};
    if (!spy.wait(60000))
        return {};
    return spy.first().first().value<ProfileCheckReport>();
}

void TestProfileCheck::mistakes_data()
{
    QTest::addColumn<Mistake>("mistake");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("named"); // "" = no problem expected

    const QString good = u"发布@2024"_s;
    QTest::newRow("correct profile") << Mistake([](SiteProfile &) {}) << good << QString();
    QTest::newRow("form charset")
        << Mistake([](SiteProfile &p) { p.requests.formCharset = u"GBK"_s; }) << good
        << u"the form posts utf-8: the page declares charset=utf-8"_s;
    QTest::newRow("wrong password") << Mistake([](SiteProfile &) {}) << u"demo"_s
                                    << u"check the user and password"_s;
    QTest::newRow("login form") << Mistake([](SiteProfile &p) {
        p.login.formFields = { u"username"_s, u"passwd"_s };
    }) << good << u"login.form_xpath"_s;
    QTest::newRow("api login") << Mistake([](SiteProfile &p) {
        p.requests.login.kind = LoginRequestSpec::Kind::Api;
        p.requests.login.request.url = u"api/v1/session"_s;
        p.requests.login.request.method = u"POST"_s;
        p.requests.login.request.body.kind = BodySpec::Kind::Json;
        p.requests.login.request.body.json
            = QJsonObject { { u"username"_s, u"{user}"_s }, { u"password"_s, u"{password}"_s } };
    }) << good << u"check login.page and login.request.url"_s;
    QTest::newRow("capture xpath") << Mistake([](SiteProfile &p) {
        p.requests.captures.first().xpath = u"//meta[@name='csrf-token']"_s;
        p.requests.captures.first().attribute = u"content"_s;
    }) << good << u"{csrf}: nothing on the page matches the XPath //meta[@name='csrf-token']"_s;
    QTest::newRow("capture cookie") << Mistake([](SiteProfile &p) {
        CaptureSpec xsrf;
        xsrf.name = u"xsrf"_s;
        xsrf.source = CaptureSpec::Source::Cookie;
        xsrf.cookie = u"XSRF-TOKEN"_s;
        p.requests.captures.append(xsrf);
    }) << good << u"{xsrf}: the portal set no cookie named XSRF-TOKEN"_s;
    QTest::newRow("header placeholder") << Mistake([](SiteProfile &p) {
        p.requests.headers.release = { { u"X-CSRF-Token"_s, u"{csfr}"_s } };
    }) << good << u"did you mean {csrf}?"_s;
    QTest::newRow("column header") << Mistake([](SiteProfile &p) {
        p.list.columns[u"application"_s].header = u"应用名"_s;
    }) << good << u"column application: no header \"应用名\" on the page"_s;
    QTest::newRow("pending statuses") << Mistake([](SiteProfile &p) {
        p.list.pendingStatuses = { u"待发布"_s };
    }) << good << u"no ticket on the first page is pending"_s;
    QTest::newRow("confirm step") << Mistake([](SiteProfile &p) {
        ReleaseStepSpec confirm = step(u"confirm"_s, u"confirm.do?id={id}"_s, false);
        confirm.captures = { capture(u"confirmToken"_s, {}, u"//input[@name='confirmToken']"_s,
            u"value"_s) };
        ReleaseStepSpec act = step(u"release"_s, {}, true);
        act.target = ReleaseStepSpec::Target::ReleaseLink;
        p.requests.releaseSteps = { confirm, act };
    }) << good << u"check release.steps[0].url"_s;
    QTest::newRow("step capture") << Mistake([](SiteProfile &p) {
        // The ticket's own list page as the read: it holds no confirmToken input.
        ReleaseStepSpec confirm = step(u"confirm"_s, u"tickets?page=1"_s, false);
        confirm.captures = { capture(u"confirmToken"_s, {}, u"//input[@name='confirmToken']"_s,
            u"value"_s) };
        ReleaseStepSpec act = step(u"release"_s, {}, true);
        act.target = ReleaseStepSpec::Target::ReleaseLink;
        p.requests.releaseSteps = { confirm, act };
    }) << good << u"check release.steps[0].captures.confirmToken"_s;
    QTest::newRow("acting body value") << Mistake([](SiteProfile &p) {
        p.format = 2;
        ReleaseStepSpec act = step(u"deploy"_s, u"release?id={id}"_s, true);
        act.request.method = u"POST"_s;
        act.request.body.kind = BodySpec::Kind::Json;
        act.request.body.json = QJsonObject { { u"nonce"_s, u"{nonce}"_s }, { u"force"_s, false } };
        p.requests.releaseSteps = { act };
    }) << good << u"no value for {nonce}"_s;
}

void TestProfileCheck::mistakes()
{
    QFETCH(Mistake, mistake);
    QFETCH(QString, password);
    QFETCH(QString, named);
    SiteProfile profile = baseProfile();
    mistake(profile);
    const ProfileCheckReport report = run(profile, password);
    QVERIFY2(!report.lines.isEmpty(), "the check did not finish");
    const QString text = report.text();
    if (named.isEmpty()) {
        QVERIFY2(report.problemCount() == 0, qPrintable(text));
        QVERIFY2(text.contains(u"would send (not sent): GET"_s), qPrintable(text));
        QVERIFY2(text.contains(u"X-CSRF-Token: ***"_s), qPrintable(text));
    } else {
        QVERIFY2(report.problemCount() >= 1, qPrintable(text));
        QVERIFY2(text.contains(named), qPrintable(text));
    }
    // Walking the profile never releases anything.
    const QJsonObject audit = m_portal->audit();
    QCOMPARE(audit.value(u"releases"_s).toArray().size(), 0);
}

void TestProfileCheck::secretsRedacted()
{
    const ProfileCheckReport report = run(baseProfile(), u"发布@2024"_s);
    const QString text = report.text();
    QVERIFY(!text.contains(u"发布@2024"_s));
    QVERIFY(!text.contains(QString::fromLatin1(QUrl::toPercentEncoding(u"发布@2024"_s))));
    QVERIFY2(text.contains(u"{csrf} = ***"_s), qPrintable(text));
    QVERIFY2(text.contains(u"token=***"_s), qPrintable(text));
}

// The check is as polite as a run: the profile's (or --limit's) concurrency and interval hold
// for its requests, and the report says which; a portal that allows one request at a time
// turns none away.
void TestProfileCheck::honoursTheLimit()
{
    PortalConfig config;
    config.tickets = 20;
    config.pageSize = 10;
    config.maxInFlight = 1;
    config.password = u"发布@2024"_s;
    DemoPortal portal(config);
    QVERIFY(portal.listen());
    SiteProfile profile = baseProfile();
    profile.setBaseUrl(portal.baseUrl());
    profile.setConcurrency(1);
    profile.politeness.minIntervalMs = 20;
    const ProfileCheckReport report = run(profile, u"发布@2024"_s);
    const QString text = report.text();
    QVERIFY2(text.contains(u"at most 1 request(s) in flight, 20 ms apart at least"_s), qPrintable(text));
    QVERIFY2(report.problemCount() == 0, qPrintable(text));
    const QJsonObject audit = portal.audit();
    QCOMPARE(audit.value(u"rate_limited"_s).toInt(), 0);
    QCOMPARE(audit.value(u"peak_in_flight"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestProfileCheck)
#include "tst_profilecheck.moc"
