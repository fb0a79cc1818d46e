// The release history written off the GUI thread. An intent is confirmed only once it
// is committed (another connection sees it), rows queued together share one commit, callbacks
// come back on the owner's thread in order, a locked database fails every row of the group with
// the database's error, and a callback whose context is gone is dropped while its row is written.
#include "historystore.h"
#include "historywriter.h"
#include "releaseticket.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class TestHistoryWriter final : public QObject
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
            QStringLiteral("http://127.0.0.1:1/release?id=%1&token=SECRET").arg(id));
        return t;
    }
    // A connection of its own: what another process (or a crash survivor) sees.
    static QString outcomeOf(const QString &path, qint64 request)
    {
        QString outcome;
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT outcome FROM requests WHERE id = ?"));
            query.addBindValue(request);
            query.exec();
            if (query.next())
                outcome = query.value(0).toString();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        return outcome;
    }

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_run = -1;

private slots:
    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("h%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        HistoryStore store(m_path);
        QVERIFY2(store.open(), qPrintable(store.lastError()));
        m_run = store.startRun(QStringLiteral("demo"), QUrl(QStringLiteral("http://x/")),
            QStringLiteral("alice"), QStringLiteral("continue"));
        QVERIFY(m_run > 0);
    }

    void intentsAreCommittedBeforeTheyAreConfirmed()
    {
        HistoryWriter writer(m_path, 5000);
        QList<qint64> ids;
        QList<QString> seenCommitted;
        QList<Qt::HANDLE> threads;
        for (int i = 1; i <= 5; ++i) {
            const ReleaseTicket t = ticket(QString::number(i));
            writer.recordIntent(m_run, t, t.releaseUrl, QStringLiteral("GET"), this,
                [&](qint64 id, const QString &error) {
                    QVERIFY2(error.isEmpty(), qPrintable(error));
                    ids.append(id);
                    threads.append(QThread::currentThreadId());
                    seenCommitted.append(outcomeOf(m_path, id));
                });
        }
        QTRY_COMPARE(ids.size(), 5);
        // In queue order, on this thread, each one visible to another connection already.
        QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
        QCOMPARE(threads, QList<Qt::HANDLE>(5, QThread::currentThreadId()));
        QCOMPARE(seenCommitted, QList<QString>(5, QStringLiteral("intent")));
        // Queued in one pass of the event loop: one commit for all five.
        QCOMPARE(writer.commits(), 1);
        QCOMPARE(writer.rowsWritten(), 5);

        bool outcomeDone = false;
        writer.recordOutcome(ids.first(), QStringLiteral("succeeded"), 200, QStringLiteral("ok"),
            QDateTime::currentDateTimeUtc(), this, [&](qint64 id, const QString &error) {
                QCOMPARE(id, ids.first());
                QVERIFY(error.isEmpty());
                outcomeDone = true;
            });
        QTRY_VERIFY(outcomeDone);
        QCOMPARE(outcomeOf(m_path, ids.first()), QStringLiteral("succeeded"));
        QCOMPARE(writer.commits(), 2);
    }

    void lockedDatabaseFailsTheWholeGroup()
    {
        QSqlDatabase other
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(m_path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        {
            HistoryWriter writer(m_path, 50);
            QList<qint64> ids;
            QStringList errors;
            for (int i = 1; i <= 3; ++i) {
                const ReleaseTicket t = ticket(QString::number(i));
                writer.recordIntent(m_run, t, t.releaseUrl, QStringLiteral("GET"), this,
                    [&](qint64 id, const QString &error) {
                        ids.append(id);
                        errors.append(error);
                    });
            }
            QTRY_COMPARE(ids.size(), 3);
            QCOMPARE(ids, QList<qint64>(3, -1));
            for (const QString &error : std::as_const(errors))
                QVERIFY2(error.contains(QLatin1String("locked")), qPrintable(error));
        }
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        lock.finish();
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    // The executor may be gone before its rows are confirmed: the rows are still written (the
    // destructor drains the queue), the callbacks are not called.
    void rowsOutliveTheirContext()
    {
        bool called = false;
        qint64 written = -1;
        {
            HistoryWriter writer(m_path, 5000);
            auto *context = new QObject;
            const ReleaseTicket t = ticket(QStringLiteral("9"));
            writer.recordSkipped(m_run, t, QStringLiteral("held back"), context,
                [&](qint64, const QString &) { called = true; });
            delete context;
            writer.recordIntent(m_run, t, t.releaseUrl, QStringLiteral("GET"), this,
                [&](qint64 id, const QString &) { written = id; });
            QTRY_VERIFY(written > 0);
        }
        QVERIFY(!called);
        HistoryStore store(m_path);
        QVERIFY(store.open());
        const auto rows = store.requestsForRun(m_run);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().outcome, QStringLiteral("skipped"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryWriter)
#include "tst_historywriter.moc"
