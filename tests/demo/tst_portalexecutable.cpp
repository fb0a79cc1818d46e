// releasedesk-demo-portal prints its base URL as the first line of stdout, honours
// its flags, serves, and exits cleanly on SIGTERM.
#include "fixture_portalclient.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Tests are built in <build>/tests, the portal in <build>/demo; RELEASEDESK_DEMO_PORTAL
// overrides for other layouts.
QString portalBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("RELEASEDESK_DEMO_PORTAL");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + u"/../demo/releasedesk-demo-portal"_s;
}

} // namespace

class TestPortalExecutable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void printsUrlFirstAndServes();
    void badFlagsFail();
    void flavorFlagsAndTls();

private:
    QString m_binary;
};

void TestPortalExecutable::initTestCase()
{
    m_binary = portalBinary();
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary + u" is not built"_s));
}

void TestPortalExecutable::printsUrlFirstAndServes()
{
    QProcess process;
    process.start(m_binary,
        { u"--port"_s, u"0"_s, u"--tickets"_s, u"42"_s, u"--page-size"_s, u"10"_s, u"--lang"_s,
            u"en"_s, u"--fault"_s, u"page-500:1"_s, u"--fault"_s, u"release-stall@1001"_s,
            u"--max-in-flight"_s, u"6"_s, u"--format"_s, u"json"_s });
    QVERIFY(process.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30000);
    const QString first = QString::fromUtf8(process.readLine()).chopped(1);
    static const QRegularExpression urlPattern(u"^http://127\\.0\\.0\\.1:(\\d+)/$"_s);
    QVERIFY2(urlPattern.match(first).hasMatch(), qPrintable(first));

    const QUrl base(first);
    RawClient client(base);
    QVERIFY(client.open());
    const QJsonObject config
        = QJsonDocument::fromJson(client.request("GET", "/_config").body).object();
    QCOMPARE(config[u"tickets"_s].toInt(), 42);
    QCOMPARE(config[u"page_size"_s].toInt(), 10);
    QCOMPARE(config[u"lang"_s].toString(), u"en"_s);
    QCOMPARE(config[u"max_in_flight"_s].toInt(), 6);
    QCOMPARE(config[u"faults"_s].toArray().size(), 2);
    const QByteArray cookie = rawLogin(base);
    QVERIFY(!cookie.isEmpty());
    QCOMPARE(client.request("GET", "/tickets", cookie).status, 500);
    const RawReply page = client.request("GET", "/tickets", cookie);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<span class=\"page\">1 / 5</span>"));

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestPortalExecutable::badFlagsFail()
{
    for (const QStringList &arguments :
        { QStringList { u"--lang"_s, u"fr"_s }, QStringList { u"--fault"_s, u"nope"_s },
            QStringList { u"--tickets"_s, u"many"_s }, QStringList { u"--flavor"_s, u"soap"_s },
            QStringList { u"--release-link"_s, u"some"_s },
            QStringList { u"--tls-cert"_s, u"/nonexistent/cert.pem"_s },
            QStringList { u"--tls-cert"_s, u"/nonexistent/cert.pem"_s, u"--tls-key"_s,
                u"/nonexistent/key.pem"_s } }) {
        QProcess process;
        process.start(m_binary, arguments);
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.exitCode() != 0);
        QVERIFY(!process.readAllStandardError().isEmpty());
    }
}

// --flavor, --release-link, --password and HTTPS from the command line.
void TestPortalExecutable::flavorFlagsAndTls()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString error = makeTestCertificate(dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QProcess process;
    process.start(m_binary,
        { u"--flavor"_s, u"legacy"_s, u"--release-link"_s, u"pending-only"_s, u"--password"_s,
            u"发布@2024"_s, u"--tls-cert"_s, dir.filePath(u"cert.pem"_s), u"--tls-key"_s,
            dir.filePath(u"key.pem"_s) });
    QVERIFY(process.waitForStarted(30000));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30000);
    const QString first = QString::fromUtf8(process.readLine()).chopped(1);
    QVERIFY2(first.startsWith(u"https://127.0.0.1:"_s), qPrintable(first));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 30000);
    QVERIFY(process.readLine().contains("/login.jsp"));

    PortalBrowser browser((QUrl(first)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(dir.filePath(u"cert.pem"_s)));
    browser.setSslConfiguration(tls);
    const QJsonObject config = QJsonDocument::fromJson(browser.get(u"/_config"_s).body).object();
    QCOMPARE(config[u"flavor"_s].toString(), u"legacy"_s);
    QCOMPARE(config[u"release_link"_s].toString(), u"pending-only"_s);
    QCOMPARE(browser.get(u"/login.jsp"_s).status, 200);
    // "发布@2024" in GBK: the password given on the command line.
    QCOMPARE(browser.post(u"/j_security_check"_s, "j_username=demo&j_password=%B7%A2%B2%BC%402024")
                 .status,
        302);

    process.terminate();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestPortalExecutable)
#include "tst_portalexecutable.moc"
