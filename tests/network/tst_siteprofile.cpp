// Site profiles load from JSON, and a wrong one names the exact field and the problem.
#include "releaseticket.h"
#include "profile/siteprofile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// A valid minimal profile as a JSON object, for the tests to break one field at a time.
QJsonObject validProfile()
{
    // Plain literals, not a raw string: moc 6.4 loses the class after a raw string literal.
    static const char json[]
        = "{ \"format\": 1, \"name\": \"t\","
          " \"base_url\": \"https://portal.example.com/rd/\","
          " \"login\": { \"success\": { \"cookie\": \"SID\" },"
          "   \"expired\": { \"redirect_contains\": \"/login\" } },"
          " \"list\": { \"row_xpath\": \"//tr[td]\","
          "   \"columns\": { \"id\": { \"header\": \"ID\" },"
          "                \"application\": { \"xpath\": \"td[2]\" } },"
          "   \"release_link\": { \"xpath\": \".//a\", \"attribute\": \"href\" } } }";
    return QJsonDocument::fromJson(json).object();
}

// Sets the value at a dotted path ("list.columns.id.header"), creating objects on the way.
QJsonObject withValue(QJsonObject object, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return object;
    }
    object.insert(
        path.first(), withValue(object.value(path.first()).toObject(), path.mid(1), value));
    return object;
}

} // namespace

class TestSiteProfile final : public QObject
{
    Q_OBJECT
private slots:
    // The embedded demo profiles load and say what the portal contract says.
    void embeddedProfilesLoad_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : SiteProfile::embeddedNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void embeddedProfilesLoad()
    {
        QFETCH(QString, name);
        ProfileError error;
        const std::optional<SiteProfile> profile = SiteProfile::load(name, &error);
        QVERIFY2(profile, qPrintable(error.text()));
        QCOMPARE(profile->baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
        QCOMPARE(profile->politeness.concurrency, 6);
        QCOMPARE(profile->planning.conflictKey, QStringLiteral("application"));
        QVERIFY(profile->list.columns.contains(QStringLiteral("dependencies")));
        QVERIFY(!profile->list.pendingStatuses.isEmpty());
    }

    void minimalProfileLoadsWithDefaults()
    {
        ProfileError error;
        const auto profile = SiteProfile::fromJson(QJsonDocument(validProfile()).toJson(), &error);
        QVERIFY2(profile, qPrintable(error.text()));
        QVERIFY(profile->tls.verify);
        QCOMPARE(profile->release.method, QStringLiteral("GET"));
        QCOMPARE(profile->politeness.concurrency, 6);
        QCOMPARE(profile->loginUrl(), QUrl(QStringLiteral("https://portal.example.com/rd/login")));
        QCOMPARE(profile->list.headerXPath, QStringLiteral("(//tr[th])[1]/th")); // headers used
    }

    // Every kind of mistake is reported with the exact field path, never a crash.
    void errorsNameTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty header")
            << u"list.columns.application.header"_qs << QJsonValue(u""_qs)
            << u"list.columns.application.header: must be a non-empty string"_qs;
        QTest::newRow("header not a string")
            << u"list.columns.application"_qs << QJsonValue(QJsonObject { { u"header"_qs, 3 } })
            << u"list.columns.application.header: must be a non-empty string"_qs;
        QTest::newRow("typo in key")
            << u"login.succes"_qs << QJsonValue(QJsonObject()) << u"login.succes: unknown key"_qs;
        QTest::newRow("bad kind") << u"list.kind"_qs << QJsonValue(u"xml"_qs)
                                  << u"list.kind: must be \"html\" or \"json\", not \"xml\""_qs;
        QTest::newRow("concurrency 0")
            << u"politeness.concurrency"_qs << QJsonValue(0)
            << u"politeness.concurrency: must be a whole number from 1 to 256"_qs;
        QTest::newRow("concurrency text")
            << u"politeness.concurrency"_qs << QJsonValue(u"ten"_qs)
            << u"politeness.concurrency: must be a whole number from 1 to 256"_qs;
        QTest::newRow("verify not bool")
            << u"tls.verify"_qs << QJsonValue(u"no"_qs) << u"tls.verify: must be true or false"_qs;
        QTest::newRow("bad base url")
            << u"base_url"_qs << QJsonValue(u"portal.example.com"_qs)
            << u"base_url: must be an absolute http:// or https:// URL, not \"portal.example.com\""_qs;
        QTest::newRow("missing base url")
            << u"base_url"_qs << QJsonValue(QJsonValue::Undefined)
            << u"base_url: missing (a non-empty string is required)"_qs;
        QTest::newRow("bad regex")
            << u"list.columns.version"_qs
            << QJsonValue(QJsonObject { { u"xpath"_qs, u"td[3]"_qs }, { u"regex"_qs, u"(v"_qs } })
            << u"list.columns.version.regex: not a valid regular expression"_qs;
        QTest::newRow("bad xpath")
            << u"list.row_xpath"_qs << QJsonValue(u"//tr[td"_qs)
            << u"list.row_xpath: not a valid XPath (unbalanced brackets or quotes)"_qs;
        QTest::newRow("two ways")
            << u"list.columns.version"_qs
            << QJsonValue(QJsonObject { { u"xpath"_qs, u"td[3]"_qs }, { u"header"_qs, u"V"_qs } })
            << u"list.columns.version: give only one of header, xpath or path"_qs;
        QTest::newRow("no id column") << u"list.columns.id"_qs << QJsonValue(QJsonValue::Undefined)
                                      << u"list.columns.id: missing: every ticket needs an id"_qs;
        QTest::newRow("release method") << u"release.method"_qs << QJsonValue(u"DELETE"_qs)
                                        << u"release.method: must be \"GET\" or \"POST\""_qs;
        QTest::newRow("status code")
            << u"release.success.status_codes"_qs << QJsonValue(QJsonArray { 200, 42 })
            << u"release.success.status_codes[1]: must be an HTTP status code (100-599)"_qs;
        QTest::newRow("page template")
            << u"list.paging.page_template"_qs << QJsonValue(u"tickets?p=1"_qs)
            << u"list.paging.page_template: must contain {page}"_qs;
        QTest::newRow("format 3")
            << u"format"_qs << QJsonValue(3)
            << u"format: version 3 is not supported (this ReleaseDesk reads 1 and 2)"_qs;
        QTest::newRow("statuses not list")
            << u"list.pending_statuses"_qs << QJsonValue(QJsonArray { 1 })
            << u"list.pending_statuses[0]: must be a string"_qs;
        QTest::newRow("no release link")
            << u"list.release_link"_qs << QJsonValue(QJsonValue::Undefined)
            << u"list.release_link: missing: give release_link or release_url_template"_qs;
        QTest::newRow("json path in html")
            << u"list.columns.version"_qs << QJsonValue(QJsonObject { { u"path"_qs, u"v"_qs } })
            << u"list.columns.version: path is for JSON lists"_qs;
        QTest::newRow("login not object")
            << u"login"_qs << QJsonValue(5) << u"login: must be an object"_qs;
    }
    void errorsNameTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const QJsonObject broken = withValue(validProfile(), path.split(u'.'), value);
        ProfileError error;
        const auto profile
            = SiteProfile::fromJson(QJsonDocument(broken).toJson(), &error, u"p.json"_qs);
        QVERIFY(!profile);
        const bool found = std::any_of(error.problems.begin(), error.problems.end(),
            [&](const QString &p) { return p.startsWith(expected); });
        QVERIFY2(found, qPrintable(error.text()));
        QVERIFY(error.text().startsWith(u"p.json:"_qs));
    }

    // Format 2's keys are checked as strictly, each problem at its exact path; a
    // format-1 file does not know them (unknown keys), so it behaves exactly as before.
    void formatTwoErrorsNameTheField_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        const QJsonObject header { { u"header"_qs, u"备注"_qs } };
        const auto rule = [&](const QString &key, const QJsonValue &v) {
            QJsonObject o = header;
            o.insert(key, v);
            return QJsonValue(o);
        };
        QTest::newRow("bad marker") << 2 << u"list.columns.concurrent"_qs
                                    << rule(u"marker"_qs, u"(独占"_qs)
                                    << u"list.columns.concurrent.marker: not a valid regular expression"_qs;
        QJsonObject both = header;
        both.insert(u"marker"_qs, u"x"_qs);
        both.insert(u"regex"_qs, u"y"_qs);
        QTest::newRow("marker and regex") << 2 << u"list.columns.concurrent"_qs << QJsonValue(both)
                                          << u"list.columns.concurrent.marker: give regex"_qs;
        QTest::newRow("empty map") << 2 << u"list.columns.concurrent"_qs
                                   << rule(u"map"_qs, QJsonObject())
                                   << u"list.columns.concurrent.map: must map at least one value"_qs;
        QTest::newRow("map value not text")
            << 2 << u"list.columns.concurrent"_qs
            << rule(u"map"_qs, QJsonObject { { u"yes"_qs, true } })
            << u"list.columns.concurrent.map.yes: must be a string"_qs;
        QTest::newRow("default not text") << 2 << u"list.columns.concurrent"_qs
                                          << rule(u"default"_qs, 1)
                                          << u"list.columns.concurrent.default: must be a non-empty string"_qs;
        QTest::newRow("unknown encoding")
            << 2 << u"encoding"_qs << QJsonValue(u"klingon-8"_qs)
            << u"encoding: \"klingon-8\" is not a character set this ReleaseDesk can decode"_qs;
        QTest::newRow("page template without a place")
            << 2 << u"list.paging.page_template"_qs << QJsonValue(u"list.do?x=1"_qs)
            << u"list.paging.page_template: must contain {page}, {offset} or {start}"_qs;
        QTest::newRow("next template alone")
            << 2 << u"list.paging.next_template"_qs << QJsonValue(u"list.do?start={offset}"_qs)
            << u"list.paging.next_template: needs next"_qs;
        QTest::newRow("next by header")
            << 2 << u"list.paging.next"_qs << QJsonValue(u"下一页"_qs)
            << u"list.paging.next: the next link is found by xpath, not by header"_qs;
        QTest::newRow("status in two lists")
            << 2 << u"list.released_statuses"_qs << QJsonValue(QJsonArray { u"待上线"_qs })
            << u"list.released_statuses: \"待上线\" is also in pending_statuses"_qs;
        QTest::newRow("statuses not text")
            << 2 << u"list.failed_statuses"_qs << QJsonValue(QJsonArray { 3 })
            << u"list.failed_statuses[0]: must be a string"_qs;
        QTest::newRow("format 1: encoding") << 1 << u"encoding"_qs << QJsonValue(u"gbk"_qs)
                                            << u"encoding: unknown key"_qs;
        QTest::newRow("format 1: map")
            << 1 << u"list.columns.concurrent"_qs
            << rule(u"map"_qs, QJsonObject { { u"是"_qs, u"true"_qs } })
            << u"list.columns.concurrent.map: unknown key"_qs;
        QTest::newRow("format 1: released statuses")
            << 1 << u"list.released_statuses"_qs << QJsonValue(QJsonArray { u"done"_qs })
            << u"list.released_statuses: unknown key"_qs;
        QTest::newRow("format 1: offset")
            << 1 << u"list.paging.page_template"_qs << QJsonValue(u"list.do?start={offset}"_qs)
            << u"list.paging.page_template: must contain {page}"_qs;
    }
    void formatTwoErrorsNameTheField()
    {
        QFETCH(int, format);
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject base = withValue(validProfile(), { u"format"_qs }, format);
        base = withValue(base, { u"list"_qs, u"pending_statuses"_qs },
            QJsonArray { u"待上线"_qs });
        const QJsonObject broken = withValue(base, path.split(u'.'), value);
        ProfileError error;
        QVERIFY(!SiteProfile::fromJson(QJsonDocument(broken).toJson(), &error));
        const bool found = std::any_of(error.problems.begin(), error.problems.end(),
            [&](const QString &p) { return p.startsWith(expected); });
        QVERIFY2(found, qPrintable(error.text()));
    }

    // A format-2 profile using every list capability loads, and the status words
    // reach the planner's hints.
    void formatTwoLoads()
    {
        QJsonObject json = withValue(validProfile(), { u"format"_qs }, 2);
        json = withValue(json, { u"encoding"_qs }, u"GB2312"_qs);
        json = withValue(json, { u"list"_qs, u"columns"_qs, u"concurrent"_qs },
            QJsonObject { { u"header"_qs, u"备注"_qs }, { u"marker"_qs, u"独占"_qs },
                { u"map"_qs, QJsonObject { { u"true"_qs, u"false"_qs }, { u"*"_qs, u"true"_qs } } },
                { u"default"_qs, u"true"_qs } });
        json = withValue(json, { u"list"_qs, u"paging"_qs },
            QJsonObject { { u"page_template"_qs, u"list.do?start={offset}"_qs },
                { u"total"_qs, QJsonObject { { u"xpath"_qs, u"//div[@class='pager']"_qs } } },
                { u"page_size"_qs, 15 } });
        json = withValue(json, { u"list"_qs, u"released_statuses"_qs }, QJsonArray { u"DONE"_qs });
        json = withValue(json, { u"list"_qs, u"failed_statuses"_qs }, QJsonArray { u"FAILED"_qs });
        json = withValue(json, { u"list"_qs, u"running_statuses"_qs }, QJsonArray { u"RUNNING"_qs });
        ProfileError error;
        const auto profile = SiteProfile::fromJson(QJsonDocument(json).toJson(), &error);
        QVERIFY2(profile, qPrintable(error.text()));
        QCOMPARE(profile->format, 2);
        QCOMPARE(profile->encoding, u"gbk"_qs);
        const FieldRule concurrent = profile->list.columns.value(u"concurrent"_qs);
        QCOMPARE(concurrent.marker, u"独占"_qs);
        QCOMPARE(concurrent.mapped(u"true"_qs), u"false"_qs);
        QCOMPARE(concurrent.mapped(u"false"_qs), u"true"_qs); // "*"
        QCOMPARE(concurrent.mapped(QString()), u"true"_qs); // default
        QCOMPARE(profile->planning.releasedStatuses, QStringList { u"DONE"_qs });
        QCOMPARE(profile->planning.failedStatuses, QStringList { u"FAILED"_qs });
        QCOMPARE(profile->planning.runningStatuses, QStringList { u"RUNNING"_qs });
        QCOMPARE(profile->pageUrl(3), QUrl(u"https://portal.example.com/rd/list.do?start=30"_qs));
    }

    // Format 1 keeps its built-in released and failed words.
    void formatOneKeepsItsStatusWords()
    {
        const auto profile = SiteProfile::fromJson(QJsonDocument(validProfile()).toJson(), nullptr);
        QVERIFY(profile);
        QVERIFY(profile->planning.releasedStatuses.contains(u"已上线"_qs));
        QVERIFY(profile->planning.failedStatuses.contains(u"失败"_qs));
    }

    void notJsonGivesLineAndColumn()
    {
        ProfileError error;
        QVERIFY(!SiteProfile::fromJson("{\n  \"format\": 1,\n  oops\n}", &error));
        QCOMPARE(error.problems.size(), 1);
        QVERIFY2(error.problems.first().contains(u"line 3"_qs), qPrintable(error.text()));
    }

    void missingFileIsAnError()
    {
        ProfileError error;
        QVERIFY(!SiteProfile::load(u"/nonexistent/profile.json"_qs, &error));
        QVERIFY(error.text().contains(u"cannot be read"_qs));
    }

    // Release URLs must stay on the profile's origin.
    void sameOrigin_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << u"https://portal.example.com/release?id=1"_qs << true;
        QTest::newRow("explicit default port") << u"https://portal.example.com:443/x"_qs << true;
        QTest::newRow("case") << u"https://PORTAL.example.com/x"_qs << true;
        QTest::newRow("other port") << u"https://portal.example.com:8443/x"_qs << false;
        QTest::newRow("http") << u"http://portal.example.com/x"_qs << false;
        QTest::newRow("subdomain") << u"https://evil.portal.example.com/x"_qs << false;
        QTest::newRow("other host") << u"https://example.org/x"_qs << false;
    }
    void sameOrigin()
    {
        QFETCH(QString, url);
        QFETCH(bool, same);
        const auto profile = SiteProfile::fromJson(QJsonDocument(validProfile()).toJson(), nullptr);
        QVERIFY(profile);
        QCOMPARE(profile->isSameOrigin(QUrl(url)), same);
    }

    void overridesAndTemplates()
    {
        auto profile = SiteProfile::fromJson(QJsonDocument(validProfile()).toJson(), nullptr);
        QVERIFY(profile);
        profile->setBaseUrl(QUrl(u"http://127.0.0.1:4000"_qs));
        QCOMPARE(profile->loginUrl(), QUrl(u"http://127.0.0.1:4000/login"_qs));
        profile->setConcurrency(10);
        QCOMPARE(profile->planning.concurrencyLimit, 10);
        profile->list.paging.pageTemplate = u"tickets?page={page}"_qs;
        QCOMPARE(profile->pageUrl(7), QUrl(u"http://127.0.0.1:4000/tickets?page=7"_qs));
        ReleaseTicket ticket;
        ticket.id = u"42"_qs;
        ticket.extra.insert(u"token"_qs, u"t0k"_qs);
        QCOMPARE(SiteProfile::expandTemplate(u"release?id={id}&token={token}"_qs, ticket),
            u"release?id=42&token=t0k"_qs);
        profile->release.params = { { u"ticket"_qs, u"{id}"_qs }, { u"confirm"_qs, u"yes"_qs } };
        const auto params = profile->releaseParams(ticket);
        QCOMPARE(params.size(), 2);
        QCOMPARE(params.at(0).second, u"42"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSiteProfile)
#include "tst_siteprofile.moc"
