// `releasedesk-cli scrape` run as a process against an in-process demo portal.
#include "fixture_scrape.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ScrapeFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

} // namespace

class TestScrapeCli final : public QObject
{
    Q_OBJECT
private:
    QString m_cli = QStringLiteral(QT_TESTCASE_BUILDDIR "/../app/releasedesk-cli");
    std::unique_ptr<DemoPortal> m_portal;

    // The portal lives in this thread, so the process is awaited with the event loop running.
    Run run(const QStringList &args, const QByteArray &stdinData = {}, const QString &password = QStringLiteral("demo"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("RELEASEDESK_PASSWORD"));
        if (!password.isNull())
            env.insert(QStringLiteral("RELEASEDESK_PASSWORD"), password);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_cli, args);
        if (!stdinData.isNull()) {
            process.write(stdinData);
            process.closeWriteChannel();
        }
        Run result;
        if (!finished.wait(120000))
            return result;
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(m_cli))
            QSKIP("releasedesk-cli is not built next to the tests");
        PortalConfig config;
        config.tickets = 120;
        config.pageSize = 25;
        m_portal = startPortal(config);
        QVERIFY(m_portal);
    }

    void printsEveryTicketAsJson()
    {
        const Run r = run({ QStringLiteral("scrape"), QStringLiteral("--profile"), QStringLiteral("demo"),
                            QStringLiteral("--base-url"), m_portal->baseUrl().toString(), QStringLiteral("--user"),
                            QStringLiteral("demo"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--limit"), QStringLiteral("8") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray tickets = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(tickets.size(), 120);
        QCOMPARE(tickets.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("1001"));
        QCOMPARE(tickets.first().toObject().value(QStringLiteral("application")).toString(),
                 m_portal->tickets().first().application);
        QVERIFY(!r.err.contains(QStringLiteral("demo\n"))); // the password is never echoed
    }

    void passwordFromStdinAndCsv()
    {
        const Run r = run({ QStringLiteral("scrape"), QStringLiteral("--profile"), QStringLiteral("demo-json"),
                            QStringLiteral("--base-url"), m_portal->baseUrl().toString(), QStringLiteral("--user"),
                            QStringLiteral("demo"), QStringLiteral("--password-stdin"), QStringLiteral("--format"),
                            QStringLiteral("csv") },
                          "demo\n", QString());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count('\n'), 121); // header + one line per ticket
        QVERIFY(r.out.startsWith("id,application,"));
    }

    void failuresExitNonZeroWithAMessage_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("password");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong password") << QStringList() << QStringLiteral("nope") << 3 << QStringLiteral("cannot log in");
        QTest::newRow("no password") << QStringList() << QString() << 2 << QStringLiteral("RELEASEDESK_PASSWORD");
        QTest::newRow("bad limit") << QStringList { QStringLiteral("--limit"), QStringLiteral("0") } << QStringLiteral("demo") << 2
                                   << QStringLiteral("--limit");
        QTest::newRow("bad format") << QStringList { QStringLiteral("--format"), QStringLiteral("xml") } << QStringLiteral("demo")
                                    << 2 << QStringLiteral("--format");
    }
    void failuresExitNonZeroWithAMessage()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, password);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = run(QStringList { QStringLiteral("scrape"), QStringLiteral("--profile"), QStringLiteral("demo"),
                                        QStringLiteral("--base-url"), m_portal->baseUrl().toString(),
                                        QStringLiteral("--user"), QStringLiteral("demo") }
                              + extra,
                          {}, password);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // check-profile as a command: --limit holds for its requests (a portal that allows one
    // in flight turns none away, and the report says the limit), and a wrong value is refused.
    void checkProfileHonoursItsLimitOption()
    {
        PortalConfig config;
        config.tickets = 60;
        config.pageSize = 10;
        config.maxInFlight = 1;
        const auto portal = startPortal(config);
        QVERIFY(portal);
        const QStringList args { QStringLiteral("check-profile"), QStringLiteral("--profile"),
            QStringLiteral("demo"), QStringLiteral("--base-url"), portal->baseUrl().toString(),
            QStringLiteral("--user"), QStringLiteral("demo"), QStringLiteral("--limit") };
        const Run checked = run(args + QStringList { QStringLiteral("1") });
        QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
        QVERIFY2(checked.out.contains("at most 1 request(s) in flight"), checked.out.constData());
        const QJsonObject audit = portal->audit();
        QCOMPARE(audit.value(QStringLiteral("rate_limited")).toInt(), 0);
        QCOMPARE(audit.value(QStringLiteral("peak_in_flight")).toInt(), 1);
        QCOMPARE(audit.value(QStringLiteral("releases")).toArray().size(), 0);

        const Run refused = run(args + QStringList { QStringLiteral("0") });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--limit must be a number")), qPrintable(refused.err));
    }

    void wrongProfileNamesTheField()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("p.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"name\": \"x\", \"base_url\": \"http://h/\", \"login\": {}, \"list\": {}}");
        file.close();
        const Run r = run({ QStringLiteral("scrape"), QStringLiteral("--profile"), file.fileName(), QStringLiteral("--user"),
                            QStringLiteral("demo") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("list.row_xpath: missing")), qPrintable(r.err));
    }

    void malformedPageExitsNonZeroKeepingRows()
    {
        m_portal->setFault(QStringLiteral("page-garbage@2"));
        const Run r = run({ QStringLiteral("scrape"), QStringLiteral("--profile"), QStringLiteral("demo"),
                            QStringLiteral("--base-url"), m_portal->baseUrl().toString(), QStringLiteral("--user"),
                            QStringLiteral("demo"), QStringLiteral("--format"), QStringLiteral("json") });
        m_portal->clearFaults();
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 95); // 120 minus page 2's 25
        QVERIFY2(r.err.contains(QStringLiteral("page 2")), qPrintable(r.err));
    }

    // A login page on another origin (an SSO page) is refused before anything is
    // sent, and both commands say so and exit instead of waiting forever for a login answer
    // that came before they listened.
    void loginPageOnAnotherOriginEndsWithAnError_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("scrape") << QStringLiteral("scrape");
        QTest::newRow("release") << QStringLiteral("release");
    }
    void loginPageOnAnotherOriginEndsWithAnError()
    {
        QFETCH(QString, command);
        QTemporaryDir dir;
        QFile embedded(QStringLiteral(":/profiles/demo.json"));
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QJsonObject profile = QJsonDocument::fromJson(embedded.readAll()).object();
        QJsonObject login = profile.value(QStringLiteral("login")).toObject();
        login.insert(QStringLiteral("page"), QStringLiteral("http://sso.invalid/login"));
        profile.insert(QStringLiteral("login"), login);
        profile.insert(QStringLiteral("base_url"), m_portal->baseUrl().toString());
        QFile file(dir.filePath(QStringLiteral("sso.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(profile).toJson());
        file.close();
        QStringList args { command, QStringLiteral("--profile"), file.fileName(),
            QStringLiteral("--user"), QStringLiteral("demo") };
        if (command == u"release")
            args << QStringLiteral("--history") << dir.filePath(QStringLiteral("h.sqlite"));
        const Run r = run(args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("not on the portal's site")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestScrapeCli)
#include "tst_scrapecli.moc"
