// The demo portal over HTTPS (--tls-cert/--tls-key), with a certificate made by the
// openssl command at test time: the legacy flavour logs in and reads its list over TLS, a client
// that does not trust the certificate is refused, and plain HTTP on the TLS port gets nothing.
#include "demoportal.h"
#include "fixture_portalclient.h"
#include "gbkcodec.h"

#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPortalTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void legacyOverHttps();
    void untrustedCertificateIsRefused();
    void plainHttpGetsNoAnswer();
    void badFilesAreReported();

private:
    QTemporaryDir m_dir;
    QString m_cert, m_key;
};

void TestPortalTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = makeTestCertificate(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_cert = m_dir.filePath(u"cert.pem"_s);
    m_key = m_dir.filePath(u"key.pem"_s);
}

void TestPortalTls::legacyOverHttps()
{
    PortalConfig config;
    config.flavor = PortalFlavor::Legacy;
    config.tickets = 30;
    config.pageSize = 10;
    DemoPortal portal(config);
    QCOMPARE(portal.useTls(m_cert, m_key), QString());
    QVERIFY(portal.listen());
    QCOMPARE(portal.baseUrl().scheme(), u"https"_s);

    PortalBrowser browser(portal.baseUrl());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_cert));
    browser.setSslConfiguration(tls);
    const PageReply login = browser.get(u"/login.jsp"_s);
    QCOMPARE(login.error, QNetworkReply::NoError);
    QCOMPARE(login.status, 200);
    QCOMPARE(browser.post(u"/j_security_check"_s, "j_username=demo&j_password=demo").status, 302);
    const PageReply list = browser.get(u"/list.do?start=10"_s);
    QCOMPARE(list.status, 200);
    QVERIFY(GbkCodec::decode(list.body).value_or(QString()).contains(u"第 2/3 页"_s));
    QCOMPARE(portal.audit()[u"logins"_s].toInt(), 1);
}

void TestPortalTls::untrustedCertificateIsRefused()
{
    DemoPortal portal;
    QCOMPARE(portal.useTls(m_cert, m_key), QString());
    QVERIFY(portal.listen());
    PortalBrowser browser(portal.baseUrl()); // the system's CAs only
    const PageReply page = browser.get(u"/login"_s);
    QCOMPARE(page.error, QNetworkReply::SslHandshakeFailedError);
    QCOMPARE(portal.audit()[u"requests"_s].toInt(), 0);
}

void TestPortalTls::plainHttpGetsNoAnswer()
{
    DemoPortal portal;
    QCOMPARE(portal.useTls(m_cert, m_key), QString());
    QVERIFY(portal.listen());
    QUrl plain = portal.baseUrl();
    plain.setScheme(u"http"_s);
    RawClient client(plain);
    QVERIFY(client.open());
    client.send("GET", "/login");
    const RawReply reply = client.read(10000);
    QCOMPARE(reply.status, 0);
    QCOMPARE(portal.audit()[u"requests"_s].toInt(), 0);
}

void TestPortalTls::badFilesAreReported()
{
    DemoPortal portal;
    QVERIFY(!portal.useTls(m_dir.filePath(u"missing.pem"_s), m_key).isEmpty());
    QVERIFY(!portal.useTls(m_cert, m_cert).isEmpty()); // a certificate is not a key
    QVERIFY(portal.listen());
    QCOMPARE(portal.baseUrl().scheme(), u"http"_s);
}

QTEST_GUILESS_MAIN(TestPortalTls)
#include "tst_portaltls.moc"
