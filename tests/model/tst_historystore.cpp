// The release history. Intent rows are committed before a send, a locked database makes
// recordIntent() fail cleanly, interrupted requests are found after a crash, exports escape.
#include "historystore.h"
#include "releaseticket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestHistoryStore final : public QObject
{
    Q_OBJECT
private:
    static ReleaseTicket ticket(const QString &id)
    {
        ReleaseTicket t;
        t.id = id;
        t.application = QStringLiteral("billing");
        t.version = QStringLiteral("1.2.3");
        t.releaseUrl = QUrl(
            QStringLiteral("http://127.0.0.1:1/release?id=%1&app=billing&token=SECRET").arg(id));
        return t;
    }
    // A second, independent connection: what another process (or a crash survivor) sees.
    static int countRows(const QString &path, const QString &where)
    {
        int count = -1;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT count(*) FROM requests WHERE ") + where);
            if (query.next())
                count = query.value(0).toInt();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return count;
    }

private slots:
    void intentIsVisibleToOtherConnectionsAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryStore store(path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        const qint64 run = store.startRun(QStringLiteral("demo"), QUrl(QStringLiteral("http://x/")),
            QStringLiteral("alice"), QStringLiteral("stop"));
        QVERIFY(run > 0);
        QVERIFY(store.recordApproval(
            run, 0, QStringLiteral("alice"), { QStringLiteral("1"), QStringLiteral("2") }));
        const qint64 request = store.recordIntent(run, ticket(QStringLiteral("1")),
            ticket(QStringLiteral("1")).releaseUrl, QStringLiteral("GET"));
        QVERIFY(request > 0);
        QCOMPARE(countRows(path, QStringLiteral("outcome = 'intent'")), 1);
        QCOMPARE(store.interruptedRequests().size(), 1);
        QVERIFY(store.recordOutcome(request, QStringLiteral("succeeded"), 200, QStringLiteral("ok"),
            QDateTime::currentDateTimeUtc()));
        QCOMPARE(countRows(path, QStringLiteral("outcome = 'succeeded'")), 1);
        QVERIFY(store.interruptedRequests().isEmpty());
        QVERIFY(store.finishRun(run, QStringLiteral("finished")));

        const auto requests = store.requestsForRun(run);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().httpStatus, 200);
        QVERIFY(requests.first().sentAt.isValid());
        QVERIFY(!requests.first().url.contains(QLatin1String("SECRET")));
        QVERIFY(requests.first().url.contains(QLatin1String("token=***")));
        QCOMPARE(store.approvalsForRun(run).first().ticketIds,
            QStringList({ QStringLiteral("1"), QStringLiteral("2") }));
        QCOMPARE(store.runs().size(), 1);
        QCOMPARE(store.run(run).state, QStringLiteral("finished"));
    }

    void interruptedRowsSurviveACrash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        qint64 run = -1;
        {
            HistoryStore store(path);
            QVERIFY(store.open());
            run = store.startRun(
                QStringLiteral("demo"), {}, QStringLiteral("bob"), QStringLiteral("continue"));
            QVERIFY(store.recordIntent(run, ticket(QStringLiteral("7")), {}, QStringLiteral("GET"))
                > 0);
            QVERIFY(store.recordIntent(run, ticket(QStringLiteral("8")), {}, QStringLiteral("GET"))
                > 0);
            // no outcome, no finishRun: the process "died"
        }
        HistoryStore again(path);
        QVERIFY(again.open());
        const auto interrupted = again.interruptedRequests();
        QCOMPARE(interrupted.size(), 2);
        QCOMPARE(interrupted.first().ticket, QStringLiteral("7"));
        QVERIFY(again.markRunsInterrupted());
        QCOMPARE(again.run(run).state, QStringLiteral("interrupted"));
        QVERIFY(again.recordReconciled(interrupted.first().id, QStringLiteral("succeeded"),
            QStringLiteral("portal says released")));
        QCOMPARE(again.interruptedRequests().size(), 1);
        QVERIFY(again.requestsForRun(run).first().message.contains(
            QLatin1String("portal says released")));
    }

    void unresolvedTicketsAreTheLatestUnknownOnes()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store.open());
        const QUrl base(QStringLiteral("http://portal/"));
        const qint64 run = store.startRun(QStringLiteral("demo"), base, {}, {});
        const qint64 a
            = store.recordIntent(run, ticket(QStringLiteral("1")), {}, QStringLiteral("GET"));
        const qint64 b
            = store.recordIntent(run, ticket(QStringLiteral("2")), {}, QStringLiteral("GET"));
        store.recordIntent(run, ticket(QStringLiteral("3")), {}, QStringLiteral("GET")); // crashed
        QVERIFY(
            store.recordOutcome(a, QStringLiteral("unknown"), 0, QStringLiteral("dropped"), {}));
        QVERIFY(store.recordOutcome(b, QStringLiteral("succeeded"), 200, {}, {}));
        QVERIFY(store.recordSkipped(
            run, ticket(QStringLiteral("1")), QStringLiteral("later run skipped it")));
        auto unresolved = store.unresolvedTickets(base);
        QCOMPARE(unresolved.size(), 2);
        QVERIFY(unresolved.contains(QStringLiteral("1")));
        QVERIFY(unresolved.contains(QStringLiteral("3")));
        QVERIFY(store.unresolvedTickets(QUrl(QStringLiteral("http://other/"))).isEmpty());
        // A person re-sent #1 and it went through: resolved.
        const qint64 again
            = store.recordIntent(run, ticket(QStringLiteral("1")), {}, QStringLiteral("GET"));
        QVERIFY(store.recordOutcome(again, QStringLiteral("succeeded"), 200, {}, {}));
        unresolved = store.unresolvedTickets();
        QCOMPARE(unresolved.keys(), QStringList { QStringLiteral("3") });
    }

    void lockedDatabaseFailsIntentCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        HistoryStore store(path);
        QVERIFY(store.open());
        store.setBusyTimeout(50);
        const qint64 run = store.startRun(QStringLiteral("demo"), {}, {}, {});
        QVERIFY(
            store.recordIntent(run, ticket(QStringLiteral("1")), {}, QStringLiteral("GET")) > 0);
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QCOMPARE(
                store.recordIntent(run, ticket(QStringLiteral("2")), {}, QStringLiteral("GET")),
                qint64(-1));
            QVERIFY2(store.lastError().contains(QLatin1String("locked"), Qt::CaseInsensitive),
                qPrintable(store.lastError()));
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        // Nothing already recorded was lost, and writing works again once the lock is gone.
        QCOMPARE(store.requestsForRun(run).size(), 1);
        QVERIFY(
            store.recordIntent(run, ticket(QStringLiteral("3")), {}, QStringLiteral("GET")) > 0);
    }

    void unwritableLocationFailsToOpen()
    {
        HistoryStore store(QStringLiteral("/proc/definitely/not/here/h.sqlite"));
        QVERIFY(!store.open());
        QVERIFY(!store.lastError().isEmpty());
        QCOMPARE(store.recordIntent(1, ticket(QStringLiteral("1")), {}, QStringLiteral("GET")),
            qint64(-1));
    }

    void exportsEscapePortalText()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.filePath(QStringLiteral("h.sqlite")));
        QVERIFY(store.open());
        const qint64 run
            = store.startRun(QStringLiteral("demo"), {}, QStringLiteral("<b>eve</b>"), {});
        ReleaseTicket evil = ticket(QStringLiteral("9"));
        evil.application = QStringLiteral("<script>alert(1)</script>");
        const qint64 request
            = store.recordIntent(run, evil, evil.releaseUrl, QStringLiteral("GET"));
        QVERIFY(store.recordOutcome(request, QStringLiteral("failed"), 200,
            QStringLiteral("=cmd|' /C calc'!A0 \"quoted\", <img src=x>"), {}));
        QVERIFY(store.recordSkipped(
            run, ticket(QStringLiteral("10")), QStringLiteral("after #9 failed")));

        const QByteArray html = store.exportHtml(run);
        QVERIFY(!html.contains("<script>"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(html.contains("&lt;script&gt;"));
        QVERIFY(!html.contains("SECRET"));

        const QByteArray csv = store.exportCsv(run);
        QVERIFY(csv.contains("\"'=cmd"));
        QVERIFY(csv.contains("\"\"quoted\"\""));
        QCOMPARE(csv.count("\r\n"), 3);

        const QJsonObject json = QJsonDocument::fromJson(store.exportJson(run)).object();
        QCOMPARE(json.value(QStringLiteral("user")).toString(), QStringLiteral("<b>eve</b>"));
        QCOMPARE(json.value(QStringLiteral("requests")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("requests"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
            QStringLiteral("skipped"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
