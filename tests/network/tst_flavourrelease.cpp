// Profile format 2, request side, on the demo portal's flavours over real HTTP:
// - spa: login through the JSON API, the CSRF token captured from the app shell's <meta> and sent
//   back as X-CSRF-Token with a JSON body;
// - legacy: a GBK form login with a Chinese password (sent as GBK bytes), and the two-step
//   release (confirm page read, one-time confirmToken, then the POST).
// `releasedesk-cli release --yes` with the embedded profile releases every releasable ticket
// exactly once: no duplicate and no violation in the portal's audit, nothing unknown.
#include "demoportal.h"
#include "http/networkpool.h"
#include "profile/siteprofile.h"
#include "session/portalsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString chinesePassword = u"发布@2024"_s;

std::unique_ptr<DemoPortal> startPortal(PortalFlavor flavor, int tickets)
{
    PortalConfig config;
    config.flavor = flavor;
    config.tickets = tickets;
    config.pageSize = 1000; // one list page: paging is the list side's, tested there
    config.password = chinesePassword;
    config.releaseLatencyMs = 20;
    config.jitter = 0.5;
    auto portal = std::make_unique<DemoPortal>(config);
    if (!portal->listen())
        return nullptr;
    return portal;
}

SiteProfile profileFor(const QString &name, const DemoPortal &portal)
{
    ProfileError error;
    std::optional<SiteProfile> profile = SiteProfile::load(name, &error);
    if (!profile)
        qFatal("embedded profile %s does not load: %s", qPrintable(name), qPrintable(error.text()));
    profile->setBaseUrl(portal.baseUrl());
    return *profile;
}

PortalError login(PortalSession &session, const QString &password)
{
    QSignalSpy spy(&session, &PortalSession::loginFinished);
    session.login(u"demo"_s, password);
    if (!spy.wait(60000))
        return PortalError::make(PortalError::Timeout, u"no login result"_s);
    return spy.first().first().value<PortalError>();
}

} // namespace

class TestFlavourRelease final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void login_data();
    void login();
    void releaseEverything_data();
    void releaseEverything();
    void planOnlyPrintsEveryStep_data();
    void planOnlyPrintsEveryStep();

private:
    QString runCli(const DemoPortal &portal, const QString &profile, const QString &mode);

    QString m_cli;
};

QString TestFlavourRelease::runCli(const DemoPortal &portal, const QString &profile, const QString &mode)
{
    QTemporaryDir dir;
    QProcess cli;
    cli.setProgram(m_cli);
    cli.setArguments({ u"release"_s, u"--profile"_s, profile, u"--base-url"_s,
        portal.baseUrl().toString(), u"--user"_s, u"demo"_s, u"--password-stdin"_s,
        u"--history"_s, dir.filePath(u"history.sqlite"_s), mode });
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start();
    if (!cli.waitForStarted(30000))
        return {};
    cli.write(chinesePassword.toUtf8() + '\n');
    cli.closeWriteChannel();
    // The portal lives in this process: wait with the event loop running so it can answer.
    QSignalSpy finished(&cli, &QProcess::finished);
    if (cli.state() != QProcess::NotRunning && !finished.wait(300000))
        return {};
    return QString::fromUtf8(cli.readAll());
}

void TestFlavourRelease::planOnlyPrintsEveryStep_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("spa") << int(PortalFlavor::Spa) << u"demo-spa"_s
                         << QStringList { u"deploy (acting, sent once): POST http://"_s,
                                u"[application/json] {\"nonce\":"_s, u"X-CSRF-Token: ***"_s };
    QTest::newRow("legacy") << int(PortalFlavor::Legacy) << u"demo-legacy"_s
                            << QStringList { u"1. confirm (read): GET http://"_s,
                                   u"/confirm.do?id="_s, u"captures {confirmToken}"_s,
                                   u"2. release (acting, sent once): POST http://"_s,
                                   u"confirmToken&id"_s };
}

void TestFlavourRelease::planOnlyPrintsEveryStep()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    QFETCH(QStringList, shown);
    if (m_cli.isEmpty())
        QSKIP("releasedesk-cli is not built next to the tests (build the releasedesk-cli target)");
    const auto portal = startPortal(PortalFlavor(flavor), 20);
    QVERIFY(portal);
    const QString output = runCli(*portal, profile, u"--plan-only"_s);
    for (const QString &text : shown)
        QVERIFY2(output.contains(text), qPrintable(text + u"\n"_s + output));
    QVERIFY(!output.contains(chinesePassword));
    QCOMPARE(portal->audit().value(u"releases"_s).toArray().size(), 0);
}

void TestFlavourRelease::initTestCase()
{
    m_cli = QFileInfo(QCoreApplication::applicationDirPath() + u"/../app/releasedesk-cli"_s)
                .canonicalFilePath();
}

void TestFlavourRelease::login_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("formCharset");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("spa: JSON API, CSRF captured") << int(PortalFlavor::Spa) << u"demo-spa"_s
                                                 << QString() << chinesePassword << true;
    QTest::newRow("spa: wrong password") << int(PortalFlavor::Spa) << u"demo-spa"_s << QString()
                                         << u"demo"_s << false;
    QTest::newRow("legacy: GBK form, Chinese password")
        << int(PortalFlavor::Legacy) << u"demo-legacy"_s << QString() << chinesePassword << true;
    QTest::newRow("legacy: the same password sent as UTF-8")
        << int(PortalFlavor::Legacy) << u"demo-legacy"_s << u"UTF-8"_s << chinesePassword << false;
}

void TestFlavourRelease::login()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    QFETCH(QString, formCharset);
    QFETCH(QString, password);
    QFETCH(bool, succeeds);
    const auto portal = startPortal(PortalFlavor(flavor), 20);
    QVERIFY(portal);
    SiteProfile site = profileFor(profile, *portal);
    site.requests.formCharset = formCharset;
    PortalSession session(site);
    const PortalError error = ::login(session, password);
    QCOMPARE(error.isError(), !succeeds);
    const QJsonObject audit = portal->audit();
    QCOMPARE(audit.value(u"logins"_s).toInt(), succeeds ? 1 : 0);
    if (!succeeds) {
        // The portal's own words, decoded (GBK on legacy), not mojibake.
        QVERIFY2(error.message.contains(u"Invalid username or password"_s)
                || error.message.contains(u"用户名或密码错误"_s),
            qPrintable(error.text()));
        return;
    }
    if (PortalFlavor(flavor) == PortalFlavor::Spa) {
        const TemplateValues &captured = session.pool()->capturedValues();
        QVERIFY(captured.contains(u"csrf"_s));
        QVERIFY(captured.value(u"csrf"_s).size() >= 8);
        QVERIFY(captured.isSecret(u"csrf"_s));
    }
}

void TestFlavourRelease::releaseEverything_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("profile");
    QTest::newRow("spa") << int(PortalFlavor::Spa) << u"demo-spa"_s;
    QTest::newRow("legacy") << int(PortalFlavor::Legacy) << u"demo-legacy"_s;
}

void TestFlavourRelease::releaseEverything()
{
    QFETCH(int, flavor);
    QFETCH(QString, profile);
    if (m_cli.isEmpty())
        QSKIP("releasedesk-cli is not built next to the tests (build the releasedesk-cli target)");
    const auto portal = startPortal(PortalFlavor(flavor), 60);
    QVERIFY(portal);
    QSet<int> pendingBefore;
    for (const DemoTicket &ticket : portal->tickets()) {
        if (ticket.status == TicketStatus::Pending)
            pendingBefore.insert(ticket.id);
    }
    const QString output = runCli(*portal, profile, u"--yes"_s);

    const QJsonObject audit = portal->audit();
    QVERIFY2(audit.value(u"duplicates"_s).toArray().isEmpty(), qPrintable(output));
    QVERIFY2(audit.value(u"violations"_s).toArray().isEmpty(),
        QJsonDocument(audit.value(u"violations"_s).toArray()).toJson().constData());
    QHash<int, int> handled;
    for (const QJsonValue &value : audit.value(u"releases"_s).toArray()) {
        const QJsonObject release = value.toObject();
        const QString result = release.value(u"result"_s).toString();
        QVERIFY2(result == u"success"_s || result == u"failed"_s || result == u"dependency"_s,
            qPrintable(u"ticket %1: %2\n%3"_s.arg(release.value(u"ticket"_s).toInt()).arg(result, output)));
        ++handled[release.value(u"ticket"_s).toInt()];
    }
    QVERIFY2(!handled.isEmpty(), qPrintable(output));
    // Every ticket pending before the run that could go (every dependency released on the
    // portal by its end) was sent, exactly once.
    QHash<int, TicketStatus> after;
    for (const DemoTicket &ticket : portal->tickets())
        after.insert(ticket.id, ticket.status);
    for (const DemoTicket &ticket : portal->tickets()) {
        if (!pendingBefore.contains(ticket.id))
            continue;
        const bool releasable = std::all_of(ticket.dependsOn.cbegin(), ticket.dependsOn.cend(),
            [&](int dependency) { return after.value(dependency) == TicketStatus::Released; });
        if (releasable)
            QVERIFY2(handled.value(ticket.id) == 1,
                qPrintable(u"ticket %1 was sent %2 times\n%3"_s.arg(ticket.id)
                               .arg(handled.value(ticket.id))
                               .arg(output)));
    }
    QVERIFY2(!output.contains(u"unknown:"_s, Qt::CaseInsensitive) || output.contains(u"0 unknown"_s),
        qPrintable(output));
}

QTEST_GUILESS_MAIN(TestFlavourRelease)
#include "tst_flavourrelease.moc"
