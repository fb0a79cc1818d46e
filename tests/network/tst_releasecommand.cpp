// `releasedesk-cli release` killed in the middle of a run and started again with the
// same history: the restart reports the interrupted requests, reconciles them on the portal and
// re-sends nothing; the portal's audit shows no ticket released twice. Also the dry run.
#include "demoportal.h"
#include "historystore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestReleaseCommand final : public QObject
{
    Q_OBJECT
private:
    QString m_cli;
    std::unique_ptr<DemoPortal> m_portal;
    QTemporaryDir m_dir;

    QStringList arguments(const QStringList &extra) const
    {
        return QStringList { QStringLiteral("release"), QStringLiteral("--profile"),
            QStringLiteral("demo"), QStringLiteral("--base-url"), m_portal->baseUrl().toString(),
            QStringLiteral("--user"), QStringLiteral("demo"), QStringLiteral("--password-stdin"),
            QStringLiteral("--history"), m_dir.filePath(QStringLiteral("history.sqlite")) }
        + extra;
    }

    void start(QProcess &process, const QStringList &extra)
    {
        process.setProgram(m_cli);
        process.setArguments(arguments(extra));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start();
        QVERIFY(process.waitForStarted(30000));
        process.write("demo\n");
        process.closeWriteChannel();
    }

    // The portal lives in this process: wait with the event loop running so it can answer.
    static bool finish(QProcess &process)
    {
        QSignalSpy finished(&process, &QProcess::finished);
        return process.state() == QProcess::NotRunning || finished.wait(300000);
    }

    int handledCalls() const
    {
        int n = 0;
        for (const auto &r : m_portal->audit().value(QStringLiteral("releases")).toArray())
            n += r.toObject().value(QStringLiteral("result")).toString() != u"dropped";
        return n;
    }

private slots:
    void initTestCase()
    {
        m_cli = QFileInfo(
            QCoreApplication::applicationDirPath() + QStringLiteral("/../app/releasedesk-cli"))
                    .canonicalFilePath();
        if (m_cli.isEmpty())
            QSKIP("releasedesk-cli is not built next to the tests (build the releasedesk-cli "
                  "target)");
    }
    void init()
    {
        PortalConfig config;
        config.tickets = 150;
        config.releaseLatencyMs = 250;
        config.jitter = 0.5;
        m_portal = std::make_unique<DemoPortal>(config);
        QVERIFY(m_portal->listen());
    }
    void cleanup() { m_portal.reset(); }

    void planOnlySendsNothing()
    {
        QProcess process;
        start(process, { QStringLiteral("--plan-only") });
        QVERIFY(finish(process));
        const QString output = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(output.contains(QLatin1String("Requests that would be sent")));
        QVERIFY(output.contains(QLatin1String("GET http://127.0.0.1")));
        QVERIFY(output.contains(QLatin1String("token=***")));
        QCOMPARE(m_portal->audit().value(QStringLiteral("releases")).toArray().size(), 0);
    }

    void killedRunIsReconciledNotResent()
    {
        QProcess first;
        start(first,
            { QStringLiteral("--yes"), QStringLiteral("--limit"), QStringLiteral("4"),
                QStringLiteral("--failure-policy"), QStringLiteral("continue") });
        // Kill it while releases are in flight.
        QTRY_VERIFY_WITH_TIMEOUT(handledCalls() >= 12
                && m_portal->audit().value(QStringLiteral("release_in_flight")).toInt() > 0,
            120000);
        first.kill();
        QVERIFY(first.waitForFinished(30000));
        const int callsAtKill = handledCalls();
        QTest::qWait(1000); // let the portal finish what it had started for the dead client

        int interrupted = 0;
        {
            HistoryStore history(m_dir.filePath(QStringLiteral("history.sqlite")));
            QVERIFY(history.open());
            interrupted = int(history.interruptedRequests().size());
        }
        QVERIFY2(interrupted > 0, "the kill left no request without an answer");

        QProcess second;
        start(second,
            { QStringLiteral("--yes"), QStringLiteral("--limit"), QStringLiteral("4"),
                QStringLiteral("--failure-policy"), QStringLiteral("continue") });
        QVERIFY(finish(second));
        const QString output = QString::fromUtf8(second.readAll());
        // The same words as the window's log: both front ends run the workflow's reconcile.
        QVERIFY2(output.contains(
                     QStringLiteral("%1 release request(s) had no answer").arg(interrupted)),
            qPrintable(output.left(2000)));
        QVERIFY(output.contains(QLatin1String("nothing was re-sent")));

        const QJsonObject audit = m_portal->audit();
        QVERIFY2(audit.value(QStringLiteral("duplicates")).toArray().isEmpty(),
            qPrintable(output.right(2000)));
        QVERIFY(audit.value(QStringLiteral("violations")).toArray().isEmpty());
        QHash<int, int> calls;
        for (const auto &r : audit.value(QStringLiteral("releases")).toArray()) {
            const QJsonObject release = r.toObject();
            QVERIFY(release.value(QStringLiteral("result")).toString() != u"duplicate");
            ++calls[release.value(QStringLiteral("ticket")).toInt()];
        }
        for (auto it = calls.cbegin(); it != calls.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(QString::number(it.key())));
        QVERIFY(handledCalls() > callsAtKill); // the restart released the rest

        HistoryStore history(m_dir.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history.open());
        QVERIFY(history.interruptedRequests().isEmpty());
        QCOMPARE(history.runs().first().state, QStringLiteral("interrupted"));
        qInfo("killed after %d release calls with %d unanswered; restart brought it to %d, none "
              "twice",
            callsAtKill, interrupted, handledCalls());
    }
};

QTEST_GUILESS_MAIN(TestReleaseCommand)
#include "tst_releasecommand.moc"
