// Format-2 list rules on static pages (no network): value maps and defaults, flags
// as "marker present in this text", a status read from <img alt>, the order rules apply in,
// status words from the profile, and the charset a page is decoded with.
#include "fixture_scrape.h"
#include "http/charset.h"
#include "profile/siteprofile.h"
#include "scrape/ticketextractor.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A legacy-style list: status only as an image, dependencies and an exclusive marker in a
// free-text remarks column, an "exclusive" column that is sometimes empty.
QByteArray data(const QString &name)
{
    QFile file(QStringLiteral(QT_TESTCASE_SOURCEDIR "/network/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// The page's charset is left as %1 for each test to fill in.
QString legacyPage()
{
    return QString::fromUtf8(data(QStringLiteral("legacy-list.html")));
}

QJsonObject legacyProfile()
{
    return QJsonDocument::fromJson(data(QStringLiteral("legacy-profile.json"))).object();
}

SiteProfile load(const QJsonObject &json)
{
    ProfileError error;
    const auto profile = SiteProfile::fromJson(QJsonDocument(json).toJson(), &error);
    if (!profile)
        qFatal("%s", qPrintable(error.text()));
    return *profile;
}

} // namespace

class TestListRules final : public QObject
{
    Q_OBJECT
private slots:
    void legacyRowsInGbk()
    {
        const SiteProfile profile = load(legacyProfile());
        const QByteArray page
            = Charset::encode(legacyPage().arg(u"GBK"_s), u"gbk"_s);
        const QUrl url(u"http://127.0.0.1:1/app/list.do"_s);
        // No charset in the header: the <meta> must be found.
        const ExtractedPage out = TicketExtractor(profile).extract(page, url, "text/html"_ba);
        QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
        QCOMPARE(out.charset, u"gbk"_s);
        QCOMPARE(out.tickets.size(), 3);

        const ReleaseTicket &a = out.tickets.at(0);
        QCOMPARE(a.id, u"2001"_s);
        QCOMPARE(a.portalStatus, u"待上线"_s); // from <img alt>
        QVERIFY(a.pendingOnPortal);
        QCOMPARE(a.dependencies, QStringList({ u"1990"_s, u"1991"_s })); // regex, then split
        QVERIFY(!a.concurrent); // marker present, mapped true -> false
        QCOMPARE(a.extra.value(u"exclusive"_s), u"yes"_s);
        // The link is JavaScript: the URL is built from the id.
        QCOMPARE(a.releaseUrl, QUrl(u"http://127.0.0.1:1/app/release/confirm.do?id=2001"_s));

        const ReleaseTicket &b = out.tickets.at(1);
        QCOMPARE(b.portalStatus, u"已上线"_s);
        QVERIFY(!b.pendingOnPortal);
        QVERIFY(b.dependencies.isEmpty()); // "无": the regex finds nothing
        QVERIFY(b.concurrent); // no marker: may run alongside
        QCOMPARE(b.extra.value(u"exclusive"_s), u"unknown"_s); // empty cell: the default

        const ReleaseTicket &c = out.tickets.at(2);
        QCOMPARE(c.dependencies, QStringList { u"1995"_s }); // full-width colon
        QCOMPARE(c.extra.value(u"exclusive"_s), u"no"_s); // "*" maps every other value

        // Paging: total from text, next page from the JavaScript link into the template.
        QCOMPARE(out.totalCount, 31);
        QCOMPARE(out.nextPage, QUrl(u"http://127.0.0.1:1/app/list.do?start=15"_s));
    }

    // The same tickets in a UTF-8 page and in a GBK page come out equal.
    void utf8AndGbkPagesAreEqual()
    {
        const SiteProfile profile = load(legacyProfile());
        const TicketExtractor extractor(profile);
        const QUrl url(u"http://127.0.0.1:1/app/list.do"_s);
        const ExtractedPage utf8
            = extractor.extract(legacyPage().arg(u"utf-8"_s).toUtf8(), url);
        const ExtractedPage gbk = extractor.extract(
            Charset::encode(legacyPage().arg(u"gb2312"_s), u"gbk"_s), url);
        QCOMPARE(utf8.charset, u"utf-8"_s);
        QCOMPARE(gbk.charset, u"gbk"_s);
        QCOMPARE(gbk.tickets.size(), 3);
        const QString difference = ScrapeFixture::compareTickets(gbk.tickets, utf8.tickets);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Undeclared GBK reads as mojibake unless the profile says what the portal sends.
    void encodingOverride()
    {
        QString html = legacyPage();
        html.remove(QRegularExpression(u"<meta[^>]*>"_s));
        const QByteArray bytes = Charset::encode(html, u"gbk"_s);
        const QUrl url(u"http://127.0.0.1:1/app/list.do"_s);

        QJsonObject json = legacyProfile();
        const ExtractedPage guessed = TicketExtractor(load(json)).extract(bytes, url);
        QCOMPARE(guessed.charset, u"windows-1252"_s);
        QVERIFY(!guessed.error.isEmpty()); // the 单号 header cannot be found in mojibake

        json.insert(u"encoding"_s, u"GBK"_s);
        const ExtractedPage told = TicketExtractor(load(json)).extract(bytes, url);
        QVERIFY2(told.error.isEmpty(), qPrintable(told.error));
        QCOMPARE(told.charset, u"gbk"_s);
        QCOMPARE(told.tickets.size(), 3);
    }

    // attribute -> regex -> map -> default -> split, on JSON items too; arrays stay lists.
    void jsonMapsAndDefaults()
    {
        const auto profile = SiteProfile::fromJson(data(u"spa-profile.json"_s), nullptr);
        QVERIFY(profile);
        QCOMPARE(profile->planning.releasedStatuses, QStringList { u"DONE"_s });
        const QByteArray body = data(u"spa-page.json"_s);
        const ExtractedPage page = TicketExtractor(*profile).extract(
            body, QUrl(u"http://127.0.0.1:1/api/tickets?offset=0&limit=2"_s), "application/json"_ba);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.tickets.size(), 3);
        QCOMPARE(page.tickets.at(0).dependencies, QStringList({ u"5"_s, u"6"_s }));
        QVERIFY(!page.tickets.at(0).concurrent);
        QVERIFY(page.tickets.at(1).concurrent); // absent: the default
        QVERIFY(page.tickets.at(2).concurrent);
        QCOMPARE(page.tickets.at(0).extra.value(u"priority"_s), u"high"_s);
        QCOMPARE(page.tickets.at(1).extra.value(u"priority"_s), u"normal"_s);
        QCOMPARE(page.tickets.at(2).extra.value(u"priority"_s), u"none"_s);
        QVERIFY(page.tickets.at(2).pendingOnPortal); // status words are case-insensitive
        QVERIFY(!page.tickets.at(1).pendingOnPortal);
        QCOMPARE(page.totalCount, 5);
        QCOMPARE(page.nextPage, QUrl(u"http://127.0.0.1:1/api/tickets?offset=2&limit=2"_s));
    }

    // A cursor rather than a URL: the next template makes the URL; null ends the list.
    void jsonCursor()
    {
        const auto profile = SiteProfile::fromJson(data(u"cursor-profile.json"_s), nullptr);
        QVERIFY(profile);
        const TicketExtractor extractor(*profile);
        const QUrl url(u"http://127.0.0.1:1/api/tickets"_s);
        QCOMPARE(extractor.extract("{\"items\":[{\"id\":1}],\"next_cursor\":\"a b/c\"}", url).nextPage,
            QUrl(u"http://127.0.0.1:1/api/tickets?after=a%20b%2Fc"_s));
        QVERIFY(!extractor.extract("{\"items\":[{\"id\":1}],\"next_cursor\":null}", url)
                     .nextPage.isValid());
    }
};

QTEST_GUILESS_MAIN(TestListRules)
#include "tst_listrules.moc"
