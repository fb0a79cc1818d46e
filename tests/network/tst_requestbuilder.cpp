// The request side of profile format 2: placeholders, bodies, headers per request kind, form
// charsets, captured values and the reader's error paths. Bodies keep the profile
// file's field order; a release step that reads carries the release headers, on the wire.
#include "fixture_hostileserver.h"
#include "http/charset.h"
#include "profile/jsonkeyorder.h"
#include "release/releasepreparation.h"
#include "release/releasesender.h"
#include "session/portalsession.h"
#include "http/requestbuilder.h"
#include "http/templatevalues.h"
#include "profile/requestspecreader.h"
#include "profile/siteprofile.h"
#include "release/releaseverdict.h"
#include "releaseticket.h"
#include "session/valuecapture.h"
#include "release/releaserecheck.h"
#include "scrape/ticketextractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestBuilder : public QObject
{
    Q_OBJECT
private slots:
    void expandsPlaceholders();
    void redactsSecrets();
    void jsonBodyKeepsTypes();
    void formBodyInPageCharset();
    void getFormGoesInQuery();
    void headersPerKind();
    void rowFormFieldsOverridden();
    void readerProblems_data();
    void readerProblems();
    void readerReadsLegacySteps();
    void unknownPlaceholders();
    void capturesFromAnswers_data();
    void capturesFromAnswers();
    void captureFromCookie();
    void verdictOnDecodedTextLists_data();
    void verdictOnDecodedTextLists();
    void bodiesKeepTheProfileOrder();
    void keyOrderOfNestedAndTwinObjects();
    void readStepCarriesReleaseHeaders();
    void retryableStatuses_data();
    void retryableStatuses();
};

namespace {

QByteArray embeddedText(const QString &name)
{
    QFile file(SiteProfile::embeddedPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no embedded profile %s", qPrintable(name));
    return file.readAll();
}

SiteProfile profileFromText(const QByteArray &text)
{
    ProfileError error;
    std::optional<SiteProfile> profile = SiteProfile::fromJson(text, &error, u"test"_s);
    if (!profile)
        qFatal("%s", qPrintable(error.text()));
    return *profile;
}

} // namespace

// QJsonObject sorts keys; browsers send a form's fields in document order, and some legacy
// servers read them by position. The embedded profiles write "id" before "confirmToken" and
// "username" before "password": so they go out.
void TestRequestBuilder::bodiesKeepTheProfileOrder()
{
    TemplateValues values;
    values.set(u"confirmToken"_s, u"tok"_s, true);
    values.set(u"user"_s, u"demo"_s);
    values.set(u"password"_s, u"pw"_s, true);
    ReleaseTicket ticket;
    ticket.id = u"1001"_s;
    ticket.extra.insert(u"nonce"_s, u"n-1"_s);
    values.setTicket(ticket);

    const SiteProfile legacy = profileFromText(embeddedText(u"demo-legacy"_s));
    const BuiltRequest release = ReleasePreparation::buildStep(
        legacy, legacy.requests.releaseSteps.last(), ticket, values, u"GBK"_s);
    QCOMPARE(release.body, QByteArray("id=1001&confirmToken=tok"));
    QCOMPARE(release.formFieldNames, (QStringList { u"id"_s, u"confirmToken"_s }));

    // A JSON body at every level: the spa profile's deploy body made larger, keys written
    // against the alphabet; and its API login.
    QByteArray spaText = embeddedText(u"demo-spa"_s);
    const QByteArray deploy = R"("body": { "json": { "nonce": "{nonce}" } })";
    QVERIFY(spaText.contains(deploy));
    spaText.replace(deploy,
        R"("body": { "json": { "nonce": "{nonce}", "force": false, "meta": { "zeta": 1, "alpha": "{id}" }, "list": [ { "y": "{id}", "b": null } ] } })");
    const SiteProfile spa = profileFromText(spaText);
    const BuiltRequest built
        = ReleasePreparation::buildStep(spa, spa.requests.releaseSteps.last(), ticket, values);
    QCOMPARE(built.body,
        QByteArray(R"({"nonce":"n-1","force":false,"meta":{"zeta":1,"alpha":"1001"},"list":[{"y":"1001","b":null}]})"));
    QCOMPARE(built.contentType, QByteArray("application/json"));
    const RequestBuilder builder(spa.baseUrl, spa.requests.headers, values);
    const BuiltRequest login
        = builder.build(RequestBuilder::Kind::Login, spa.requests.login.request);
    QCOMPARE(login.body, QByteArray(R"({"username":"demo","password":"pw"})"));
}

// Objects are found in the text by their keys and values: two with the same keys in different
// orders (a login form and a release form) each keep their own; escaped keys decode.
void TestRequestBuilder::keyOrderOfNestedAndTwinObjects()
{
    const QByteArray text = R"({ "a": { "z": "1", "b": "2" }, "c": [ { "b": "3", "z": "4" } ],
        "e": { "qu\"ote": true, "\u00e9": [], "a b": {} } })";
    const JsonKeyOrder order(text);
    QCOMPARE(order.keysOf(QJsonObject { { u"z"_s, u"1"_s }, { u"b"_s, u"2"_s } }).value_or(QStringList()),
        (QStringList { u"z"_s, u"b"_s }));
    QCOMPARE(order.keysOf(QJsonObject { { u"b"_s, u"3"_s }, { u"z"_s, u"4"_s } }).value_or(QStringList()),
        (QStringList { u"b"_s, u"z"_s }));
    QVERIFY(!order.keysOf(QJsonObject { { u"z"_s, u"9"_s }, { u"b"_s, u"2"_s } }));
    const QJsonObject escaped = QJsonDocument::fromJson(text).object().value(u"e"_s).toObject();
    QCOMPARE(order.keysOf(escaped).value_or(QStringList()),
        (QStringList { u"qu\"ote"_s, u"é"_s, u"a b"_s }));
    QCOMPARE(JsonKeyOrder::write(QJsonDocument::fromJson(text).object(), {}),
        QJsonDocument::fromJson(text).toJson(QJsonDocument::Compact)); // no order: sorted
}

// On the wire: the confirm page of a two-step release is read with the profile's headers for
// every request, for reads and for releases (the release ones win), and the step's own; the
// plan (--plan-only) shows the same.
void TestRequestBuilder::readStepCarriesReleaseHeaders()
{
    HostileServer server;
    QVERIFY(server.listen());
    Hostile::serveLogin(server);
    server.on("/confirm", [](HostileServer &, QTcpSocket *socket, const auto &) {
        HostileServer::respondHtml(socket,
            "<html><body><form name=\"c\"><input name=\"t\" value=\"tok-9\"></form></body></html>");
    });
    SiteProfile profile = Hostile::profileFor(u"demo"_s, server);
    profile.format = 2;
    profile.requests.headers.all = { { u"X-All"_s, u"1"_s }, { u"X-Kind"_s, u"all"_s } };
    profile.requests.headers.page = { { u"X-Page"_s, u"yes"_s }, { u"X-Kind"_s, u"page"_s } };
    profile.requests.headers.release = { { u"X-Release"_s, u"yes"_s }, { u"X-Kind"_s, u"release"_s } };
    ReleaseStepSpec confirm;
    confirm.name = u"confirm"_s;
    confirm.request.method = u"GET"_s;
    confirm.request.url = u"confirm?id={id}"_s;
    confirm.request.headers = { { u"X-Step"_s, u"confirm"_s } };
    CaptureSpec token;
    token.name = u"t"_s;
    token.xpath = u"//input[@name='t']"_s;
    token.attribute = u"value"_s;
    confirm.captures = { token };
    ReleaseStepSpec act;
    act.name = u"release"_s;
    act.acting = true;
    act.request.method = u"POST"_s;
    act.request.url = u"release"_s;
    act.request.body.kind = BodySpec::Kind::Form;
    act.request.body.form = { { u"id"_s, u"{id}"_s }, { u"t"_s, u"{t}"_s } };
    profile.requests.releaseSteps = { confirm, act };

    PortalSession session(profile);
    const PortalError loggedIn = Hostile::login(session);
    QVERIFY2(!loggedIn.isError(), qPrintable(loggedIn.text()));
    ReleaseTicket ticket;
    ticket.id = u"42"_s;
    // A job deletes itself once finished: made with new.
    auto *preparation = new ReleasePreparation(&session, ticket, 10000);
    PreparedRelease release;
    int finished = 0;
    connect(preparation, &ReleasePreparation::finished, this,
        [&](const PreparedRelease &result) {
            release = result;
            ++finished;
        });
    preparation->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished, 1, 30000);
    QVERIFY2(release.isValid(), qPrintable(release.error));
    QCOMPARE(release.request.body, QByteArray("id=42&t=tok-9"));

    QCOMPARE(server.requestCount("/confirm"), 1);
    const auto read = std::find_if(server.requests().cbegin(), server.requests().cend(),
        [](const HostileServer::Request &r) { return r.path == "/confirm"; });
    QCOMPARE(read->header("x-all"), QByteArray("1"));
    QCOMPARE(read->header("x-page"), QByteArray("yes"));
    QCOMPARE(read->header("x-release"), QByteArray("yes"));
    QCOMPARE(read->header("x-kind"), QByteArray("release"));
    QCOMPARE(read->header("x-step"), QByteArray("confirm"));
    // What --plan-only prints for the read is what went out (the page headers come with every
    // read and are not repeated there).
    QVERIFY2(release.steps.value(0).contains(u"X-Release: yes"_s), qPrintable(release.steps.join(u'\n')));
    QVERIFY(release.steps.value(0).contains(u"X-Step: confirm"_s));
    // The acting step carries the release headers, not the page ones.
    const auto header = [&](const QByteArray &name) {
        for (const auto &[key, value] : release.request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    };
    QCOMPARE(header("X-Kind"), QByteArray("release"));
    QCOMPARE(header("X-Page"), QByteArray());
}

void TestRequestBuilder::retryableStatuses_data()
{
    QTest::addColumn<QString>("retryable");
    QTest::addColumn<QString>("error");
    QTest::newRow("a failed word") << u"FAILED"_s << QString();
    QTest::newRow("a pending word") << u"READY"_s << u"retryable_statuses"_s;
    QTest::newRow("a released word") << u"done"_s << u"retryable_statuses"_s;
}

// retryable_statuses: failed statuses the portal takes a release from again. They may repeat a
// failed word, never a pending, released or running one; a ticket showing one is not pending
// (no first plan holds it) but is marked retryable.
void TestRequestBuilder::retryableStatuses()
{
    QFETCH(QString, retryable);
    QFETCH(QString, error);
    QJsonObject json = QJsonDocument::fromJson(embeddedText(u"demo-spa"_s)).object();
    QJsonObject list = json.value(u"list"_s).toObject();
    list.insert(u"retryable_statuses"_s, QJsonArray { retryable });
    json.insert(u"list"_s, list);
    ProfileError problems;
    const std::optional<SiteProfile> profile
        = SiteProfile::fromJson(QJsonDocument(json).toJson(), &problems, u"test"_s);
    if (!error.isEmpty()) {
        QVERIFY(!profile);
        QVERIFY2(problems.text().contains(error), qPrintable(problems.text()));
        return;
    }
    QVERIFY2(profile, qPrintable(problems.text()));
    QCOMPARE(profile->list.retryableStatuses, QStringList { u"FAILED"_s });
    const TicketExtractor extractor(*profile);
    const QByteArray page = R"({"items": [
        {"id": 1, "app": "a", "version": "1", "env": "test", "submitter": "x", "status": "FAILED"},
        {"id": 2, "app": "b", "version": "1", "env": "test", "submitter": "x", "status": "READY"},
        {"id": 3, "app": "c", "version": "1", "env": "test", "submitter": "x", "status": "DONE"}]})";
    const ExtractedPage extracted = extractor.extract(
        page, QUrl(u"http://127.0.0.1:9/api/v1/releases"_s), "application/json");
    QVERIFY2(extracted.error.isEmpty(), qPrintable(extracted.error));
    QCOMPARE(extracted.tickets.size(), 3);
    QCOMPARE(extracted.tickets.at(0).pendingOnPortal, false);
    QCOMPARE(extracted.tickets.at(0).retryableOnPortal, true);
    QCOMPARE(extracted.tickets.at(1).pendingOnPortal, true);
    QCOMPARE(extracted.tickets.at(1).retryableOnPortal, false);
    QCOMPARE(extracted.tickets.at(2).retryableOnPortal, false);
    // The re-check before sending accepts the retryable status for a ticket planned from it,
    // and only for such a ticket.
    ReleaseTicket approved = extracted.tickets.at(0);
    ReleaseTicket onPortal = approved;
    onPortal.releaseUrl = QUrl(u"http://127.0.0.1:9/api/v1/releases/1/deploy"_s);
    QCOMPARE(ReleaseRecheck::problem(approved, &onPortal), QString());
    approved.retryableOnPortal = false;
    QVERIFY(!ReleaseRecheck::problem(approved, &onPortal).isEmpty());
}

void TestRequestBuilder::expandsPlaceholders()
{
    TemplateValues values;
    values.set(u"csrf"_s, u"abc123"_s, true);
    ReleaseTicket ticket;
    ticket.id = u"1001"_s;
    ticket.extra.insert(u"token"_s, u"listtoken"_s);
    values.setTicket(ticket);
    QStringList missing;
    QCOMPARE(values.expand(u"x={csrf}&id={id}&t={token}&n={nope}&b={{x}}"_s, &missing),
        u"x=abc123&id=1001&t=listtoken&n=&b={x}"_s);
    QCOMPARE(missing, QStringList { u"nope"_s });
    // A captured value beats the ticket field of the same name (confirm page token).
    values.set(u"token"_s, u"fresh"_s);
    QCOMPARE(values.expand(u"{token}"_s), u"fresh"_s);
}

void TestRequestBuilder::redactsSecrets()
{
    TemplateValues values;
    values.set(u"password"_s, u"发布@2024"_s, true);
    values.set(u"user"_s, u"demo-user"_s);
    const QString line = u"user=demo-user&password=发布@2024 or %1"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(u"发布@2024"_s)));
    QCOMPARE(values.redact(line), u"user=demo-user&password=*** or ***"_s);
}

void TestRequestBuilder::jsonBodyKeepsTypes()
{
    TemplateValues values;
    values.set(u"nonce"_s, u"n-42"_s);
    RequestSpec spec;
    spec.url = u"api/v1/releases/{id}/deploy"_s;
    spec.method = u"POST"_s;
    spec.body.kind = BodySpec::Kind::Json;
    spec.body.json = QJsonDocument::fromJson(
        R"({"nonce": "{nonce}", "force": false, "retries": 0, "tags": ["{id}"]})")
                         .object();
    ReleaseTicket ticket;
    ticket.id = u"1007"_s;
    values.setTicket(ticket);
    const RequestBuilder builder(QUrl(u"http://127.0.0.1:9/app/"_s), {}, values);
    const BuiltRequest built = builder.build(RequestBuilder::Kind::Release, spec);
    QCOMPARE(built.method, QByteArray("POST"));
    QCOMPARE(built.url, QUrl(u"http://127.0.0.1:9/app/api/v1/releases/1007/deploy"_s));
    QCOMPARE(built.contentType, QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(built.body).object();
    QCOMPARE(body.value(u"nonce"_s).toString(), u"n-42"_s);
    QVERIFY(body.value(u"force"_s).isBool());
    QVERIFY(body.value(u"retries"_s).isDouble());
    QCOMPARE(body.value(u"tags"_s).toArray().at(0).toString(), u"1007"_s);
    QVERIFY(built.missing.isEmpty());
}

void TestRequestBuilder::formBodyInPageCharset()
{
    TemplateValues values;
    values.set(u"password"_s, u"发布@2024"_s, true);
    RequestSpec spec;
    spec.body.kind = BodySpec::Kind::Form;
    spec.body.form = { { u"j_password"_s, u"{password}"_s } };
    RequestDefaults defaults;
    defaults.url = QUrl(u"http://127.0.0.1:9/j_security_check"_s);
    defaults.method = u"POST"_s;
    defaults.charset = u"GBK"_s;
    defaults.formFields = { { u"j_username"_s, u"demo"_s }, { u"j_password"_s, QString() } };
    const RequestBuilder builder(QUrl(u"http://127.0.0.1:9/"_s), {}, values);
    const BuiltRequest built = builder.build(RequestBuilder::Kind::Login, spec, defaults);
    // 发 is B7 A2 and 布 is B2 BC in GBK; UTF-8 would be %E5%8F%91%E5%B8%83.
    QCOMPARE(built.body, QByteArray("j_username=demo&j_password=%B7%A2%B2%BC%402024"));
    QCOMPARE(built.contentType, QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(built.charset, u"GBK"_s);
    QVERIFY(!built.describe(values).contains(u"发布"_s));

    defaults.charset = u"UTF-8"_s;
    QCOMPARE(builder.build(RequestBuilder::Kind::Login, spec, defaults).body,
        QByteArray("j_username=demo&j_password=%E5%8F%91%E5%B8%83%402024"));
}

void TestRequestBuilder::getFormGoesInQuery()
{
    TemplateValues values;
    RequestSpec spec;
    RequestDefaults defaults;
    defaults.url = QUrl(u"http://127.0.0.1:9/login?x=1"_s);
    defaults.method = u"GET"_s;
    defaults.formFields = { { u"u"_s, u"a b"_s } };
    const BuiltRequest built
        = RequestBuilder(QUrl(u"http://127.0.0.1:9/"_s), {}, values).build(RequestBuilder::Kind::Login, spec, defaults);
    QCOMPARE(built.method, QByteArray("GET"));
    QVERIFY(built.body.isEmpty());
    QCOMPARE(built.url.toString(QUrl::FullyEncoded), u"http://127.0.0.1:9/login?x=1&u=a%20b"_s);
}

void TestRequestBuilder::headersPerKind()
{
    TemplateValues values;
    values.set(u"csrf"_s, u"tok-1"_s, true);
    HeaderSpec headers;
    headers.all = { { u"Accept"_s, u"text/html"_s } };
    headers.page = { { u"X-Requested-With"_s, u"XMLHttpRequest"_s } };
    headers.release = { { u"X-CSRF-Token"_s, u"{csrf}"_s }, { u"accept"_s, u"application/json"_s } };
    const RequestBuilder builder(QUrl(u"http://127.0.0.1:9/"_s), headers, values);
    const auto page = builder.headersFor(RequestBuilder::Kind::Page);
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(1).second, QByteArray("XMLHttpRequest"));
    const auto release = builder.headersFor(RequestBuilder::Kind::Release);
    QCOMPARE(release.size(), 2); // the kind's Accept replaced the common one
    QCOMPARE(release.at(0), qMakePair(QByteArray("X-CSRF-Token"), QByteArray("tok-1")));
    QCOMPARE(release.at(1).second, QByteArray("application/json"));
    const auto login = builder.headersFor(RequestBuilder::Kind::Login);
    QCOMPARE(login.size(), 1);

    RequestSpec spec;
    spec.url = u"x"_s;
    spec.headers = { { u"Content-Type"_s, u"text/plain"_s } };
    spec.body.kind = BodySpec::Kind::Form;
    spec.body.form = { { u"a"_s, u"1"_s } };
    const BuiltRequest built = builder.build(RequestBuilder::Kind::Release, spec);
    QCOMPARE(built.contentType, QByteArray("text/plain")); // the profile's header wins
    QVERIFY(built.describe(values).contains(u"X-CSRF-Token: ***"_s));
}

void TestRequestBuilder::rowFormFieldsOverridden()
{
    TemplateValues values;
    values.set(u"confirmToken"_s, u"ct-9"_s, true);
    RequestSpec spec;
    spec.body.kind = BodySpec::Kind::Form;
    spec.body.form = { { u"confirmToken"_s, u"{confirmToken}"_s }, { u"ack"_s, u"yes"_s } };
    RequestDefaults defaults;
    defaults.url = QUrl(u"http://127.0.0.1:9/release.do"_s);
    defaults.formFields = { { u"id"_s, u"1001"_s }, { u"confirmToken"_s, QString() } };
    const BuiltRequest built = RequestBuilder(QUrl(u"http://127.0.0.1:9/"_s), {}, values)
                                   .build(RequestBuilder::Kind::Release, spec, defaults);
    QCOMPARE(built.method, QByteArray("POST"));
    QCOMPARE(built.body, QByteArray("id=1001&confirmToken=ct-9&ack=yes"));
    QCOMPARE(built.formFieldNames, (QStringList { u"id"_s, u"confirmToken"_s, u"ack"_s }));
}

void TestRequestBuilder::readerProblems_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem");
    QTest::newRow("body kind") << QByteArray(R"({"release": {"steps": [{"url": "x", "body": {"xml": "a"}}]}})")
                               << u"release.steps[0].body.xml: unknown key"_s;
    QTest::newRow("json body not object")
        << QByteArray(R"({"release": {"steps": [{"url": "x", "method": "POST", "body": {"json": "a"}}]}})")
        << u"release.steps[0].body.json: must be a JSON object or array"_s;
    QTest::newRow("get with json") << QByteArray(R"({"release": {"steps": [{"url": "x", "method": "GET", "body": {"json": {}}}]}})")
                                   << u"release.steps[0].body: a GET request cannot carry a JSON body"_s;
    QTest::newRow("early step acts")
        << QByteArray(R"({"release": {"steps": [{"url": "a", "method": "POST"}, {"url": "b"}]}})")
        << u"release.steps[0].method: only the last step may change anything: earlier steps are reads (GET)"_s;
    QTest::newRow("step without url") << QByteArray(R"({"release": {"steps": [{"name": "x"}]}})")
                                      << u"release.steps[0]: needs a url, or from: \"release_link\" / \"row_form\""_s;
    QTest::newRow("step typo") << QByteArray(R"({"release": {"steps": [{"url": "x", "captrues": {}}]}})")
                               << u"release.steps[0].captrues: unknown key"_s;
    QTest::newRow("capture without page")
        << QByteArray(R"({"captures": {"csrf": {"xpath": "//meta"}}})")
        << u"captures.csrf: needs page (the page to read), cookie, or from: \"login_answer\""_s;
    QTest::newRow("capture bad regex") << QByteArray(R"({"captures": {"t": {"page": "a", "regex": "("}}})")
                                       << u"captures.t.regex: invalid regular expression"_s;
    QTest::newRow("header name") << QByteArray(R"({"headers": {"release": {"X CSRF": "{csrf}"}}})")
                                 << u"headers.release.X CSRF: is not a valid HTTP header name"_s;
    QTest::newRow("header kind") << QByteArray(R"({"headers": {"pages": {}}})")
                                 << u"headers.pages: unknown key"_s;
    QTest::newRow("api login url") << QByteArray(R"({"login": {"request": {"kind": "api", "body": {"json": {}}}}})")
                                   << u"login.request.url: an API login needs the URL it posts to"_s;
    QTest::newRow("login kind") << QByteArray(R"({"login": {"request": {"kind": "oauth"}}})")
                                << u"login.request.kind: must be \"form\" or \"api\""_s;
}

void TestRequestBuilder::readerProblems()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QStringList problems;
    RequestSpecReader reader(&problems);
    RequestProfile requests;
    reader.readLoginRequest(root.value(u"login"_s).toObject().value(u"request"_s), &requests.login);
    reader.readCaptures(root.value(u"captures"_s), &requests.captures);
    reader.readHeaders(root.value(u"headers"_s), &requests.headers);
    reader.readSteps(root.value(u"release"_s).toObject().value(u"steps"_s), &requests.releaseSteps);
    QVERIFY2(std::any_of(problems.cbegin(), problems.cend(),
                 [&](const QString &p) { return p.startsWith(problem); }),
        qPrintable(problems.join(u" | "_s)));
}

void TestRequestBuilder::readerReadsLegacySteps()
{
    const QJsonObject root = QJsonDocument::fromJson(R"({"steps": [
        {"name": "confirm", "url": "confirm.do?id={id}",
         "captures": {"confirmToken": {"xpath": "//input[@name='confirmToken']", "attribute": "value"}}},
        {"name": "release", "method": "POST", "url": "release.do",
         "body": {"form": {"id": "{id}", "confirmToken": "{confirmToken}"}}}]})")
                                 .object();
    QStringList problems;
    QList<ReleaseStepSpec> steps;
    RequestSpecReader(&problems).readSteps(root.value(u"steps"_s), &steps);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(steps.size(), 2);
    QVERIFY(!steps.at(0).acting);
    QVERIFY(steps.at(1).acting);
    QCOMPARE(steps.at(0).captures.at(0).name, u"confirmToken"_s);
    QCOMPARE(steps.at(1).request.body.form.size(), 2);
}

void TestRequestBuilder::unknownPlaceholders()
{
    RequestProfile requests;
    CaptureSpec csrf;
    csrf.name = u"csrf"_s;
    requests.captures = { csrf };
    requests.headers.release = { { u"X-CSRF-Token"_s, u"{csfr}"_s } };
    ReleaseStepSpec step;
    step.request.url = u"deploy/{id}?n={nonce}"_s;
    requests.releaseSteps = { step };
    QCOMPARE(RequestSpecReader::unknownPlaceholders(requests, { u"nonce"_s }),
        QStringList { u"csfr"_s });
}

void TestRequestBuilder::capturesFromAnswers_data()
{
    QTest::addColumn<QString>("xpath");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("regex");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("expected"); // "" = no value

    const QString shell = u"<html><head><meta name=\"csrf-token\" content=\"c5rf-77\"></head>"
                          "<body><input type=hidden name=confirmToken value=\"一次性-1\"></body></html>"_s;
    QTest::newRow("meta") << u"//meta[@name='csrf-token']"_s << u"content"_s << QString() << QString()
                          << shell << u"c5rf-77"_s;
    QTest::newRow("hidden input, decoded text")
        << u"//input[@name='confirmToken']"_s << u"value"_s << QString() << QString() << shell
        << u"一次性-1"_s;
    QTest::newRow("xpath misses") << u"//meta[@name='xsrf']"_s << u"content"_s << QString()
                                  << QString() << shell << QString();
    QTest::newRow("regex alone") << QString() << QString() << QString()
                                 << u"csrf-token\" content=\"([^\"]+)"_s << shell << u"c5rf-77"_s;
    QTest::newRow("json") << QString() << QString() << u"data.token"_s << QString()
                          << u"{\"data\": {\"token\": \"jt-1\"}}"_s << u"jt-1"_s;
    QTest::newRow("json number") << QString() << QString() << u"user.id"_s << QString()
                                 << u"{\"user\": {\"id\": 42}}"_s << u"42"_s;
    QTest::newRow("json missing") << QString() << QString() << u"data.nope"_s << QString()
                                  << u"{\"data\": {}}"_s << QString();
}

void TestRequestBuilder::capturesFromAnswers()
{
    QFETCH(QString, xpath);
    QFETCH(QString, attribute);
    QFETCH(QString, jsonPath);
    QFETCH(QString, regex);
    QFETCH(QString, answer);
    QFETCH(QString, expected);
    CaptureSpec spec;
    spec.name = u"v"_s;
    spec.xpath = xpath;
    spec.attribute = attribute;
    spec.jsonPath = jsonPath;
    spec.regex = regex;
    QString error;
    const std::optional<QString> value
        = ValueCapture::fromAnswer(spec, answer, QUrl(u"http://127.0.0.1:9/app"_s), &error);
    if (expected.isEmpty()) {
        QVERIFY(!value);
        QVERIFY(error.contains(u"{v}"_s));
    } else {
        QVERIFY2(value, qPrintable(error));
        QCOMPARE(*value, expected);
    }
}

void TestRequestBuilder::captureFromCookie()
{
    QNetworkCookieJar jar;
    const QUrl url(u"http://127.0.0.1:9/"_s);
    jar.setCookiesFromUrl({ QNetworkCookie("XSRF-TOKEN", "x-1") }, url);
    CaptureSpec spec;
    spec.name = u"xsrf"_s;
    spec.source = CaptureSpec::Source::Cookie;
    spec.cookie = u"XSRF-TOKEN"_s;
    QString error;
    QCOMPARE(ValueCapture::fromCookies(spec, &jar, url, &error).value_or(QString()), u"x-1"_s);
    spec.cookie = u"OTHER"_s;
    QVERIFY(!ValueCapture::fromCookies(spec, &jar, url, &error));
    QVERIFY(error.contains(u"OTHER"_s));
}

void TestRequestBuilder::verdictOnDecodedTextLists_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<int>("outcome");
    QTest::newRow("first failure text") << u"<td class=\"msg\">上线失败: 依赖未完成</td>"_s
                                        << int(ReleaseOutcome::Failed);
    QTest::newRow("second failure text") << u"<td class=\"msg\">请求被拒绝</td>"_s
                                         << int(ReleaseOutcome::Failed);
    QTest::newRow("success text") << u"<td class=\"msg\">上线成功: #1001</td>"_s
                                  << int(ReleaseOutcome::Succeeded);
    QTest::newRow("neither") << u"<td class=\"msg\">处理中</td>"_s << int(ReleaseOutcome::Unknown);
}

void TestRequestBuilder::verdictOnDecodedTextLists()
{
    QFETCH(QString, page);
    QFETCH(int, outcome);
    SiteProfile profile;
    profile.baseUrl = QUrl(u"http://127.0.0.1:9/"_s);
    profile.release.success.text = { u"上线成功"_s, u"已受理"_s };
    profile.release.failure.text = { u"上线失败"_s, u"拒绝"_s };
    profile.release.message.xpath = u"//td[@class='msg']"_s;
    CurlResult answer;
    answer.status = 200;
    answer.requestWritten = true;
    // GBK bytes, declared only in the HTTP header: matching must be on the decoded text.
    answer.headers = { { "Content-Type", "text/html;charset=GBK" } };
    answer.body = Charset::encode(u"<html><body><table><tr>"_s + page + u"</tr></table></body></html>"_s,
        u"GBK"_s);
    QVERIFY(!answer.body.contains(page.toUtf8()));
    const ReleaseResult result = judgeRelease(profile, answer);
    QCOMPARE(int(result.outcome), outcome);
    if (outcome != int(ReleaseOutcome::Unknown))
        QVERIFY2(page.contains(result.message), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
