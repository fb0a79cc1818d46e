// The gate behind every page read keeps the concurrency limit exactly and spaces
// request starts by the minimum interval.
#include "http/requestgate.h"

#include <QElapsedTimer>
#include <QTest>

class TestRequestGate final : public QObject
{
    Q_OBJECT
private slots:
    void neverAboveTheLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("1") << 1;
        QTest::newRow("6") << 6;
        QTest::newRow("10") << 10;
        QTest::newRow("64") << 64;
    }
    void neverAboveTheLimit()
    {
        QFETCH(int, limit);
        RequestGate gate(limit);
        int running = 0, peak = 0, started = 0;
        for (int i = 0; i < 200; ++i) {
            gate.enqueue([&] {
                ++started;
                peak = qMax(peak, ++running);
            });
        }
        QCOMPARE(running, limit); // filled at once
        QCOMPARE(gate.waiting(), 200 - limit);
        while (running > 0) {
            --running;
            gate.release(); // each release admits exactly one more
            QVERIFY(running <= limit);
        }
        QCOMPARE(started, 200);
        QCOMPARE(peak, limit);
        QCOMPARE(gate.peakInFlight(), limit);
        QCOMPARE(gate.inFlight(), 0);
    }

    void releaseInsideStartIsSafe()
    {
        // A start that fails at once releases its slot from inside the callback.
        RequestGate gate(2);
        int started = 0;
        for (int i = 0; i < 50; ++i) {
            gate.enqueue([&] {
                ++started;
                gate.release();
            });
        }
        QCOMPARE(started, 50);
        QCOMPARE(gate.inFlight(), 0);
    }

    void urgentWorkGoesBeforeWaitingOrdinaryWork()
    {
        // A release's place under the limit is the run's critical path: it must not wait behind
        // page reads queued earlier, but urgent work keeps its own order.
        RequestGate gate(1);
        QStringList order;
        gate.enqueue([&] { order << QStringLiteral("running"); });
        gate.enqueue([&] { order << QStringLiteral("read 1"); });
        gate.enqueue([&] { order << QStringLiteral("read 2"); });
        gate.enqueue([&] { order << QStringLiteral("release 1"); }, true);
        gate.enqueue([&] { order << QStringLiteral("release 2"); }, true);
        for (int i = 0; i < 5; ++i)
            gate.release();
        QCOMPARE(order,
            QStringList({ QStringLiteral("running"), QStringLiteral("release 1"),
                QStringLiteral("release 2"), QStringLiteral("read 1"), QStringLiteral("read 2") }));
    }

    void cancelledWaitersNeverRun()
    {
        RequestGate gate(1);
        bool secondRan = false;
        gate.enqueue([] {});
        const quint64 second = gate.enqueue([&] { secondRan = true; });
        QVERIFY(gate.cancel(second));
        gate.release();
        QVERIFY(!secondRan);
        QVERIFY(!gate.cancel(second));
    }

    void minimumIntervalBetweenStarts()
    {
        RequestGate gate(10, 40);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> starts;
        for (int i = 0; i < 5; ++i)
            gate.enqueue([&] { starts << clock.elapsed(); });
        QTRY_COMPARE_WITH_TIMEOUT(starts.size(), 5, 60000);
        for (qsizetype i = 1; i < starts.size(); ++i)
            QVERIFY2(starts.at(i) - starts.at(i - 1) >= 39,
                qPrintable(QString::number(starts.at(i) - starts.at(i - 1))));
    }
};

QTEST_GUILESS_MAIN(TestRequestGate)
#include "tst_requestgate.moc"
