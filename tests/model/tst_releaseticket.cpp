#include "releaseticket.h"

#include <QTest>

class TestReleaseTicket final : public QObject
{
    Q_OBJECT
private slots:
    void stateNamesRoundTrip_data()
    {
        QTest::addColumn<ReleaseState>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("pending") << ReleaseState::Pending << QStringLiteral("pending");
        QTest::newRow("sending") << ReleaseState::Sending << QStringLiteral("sending");
        QTest::newRow("unknown") << ReleaseState::Unknown << QStringLiteral("unknown");
        QTest::newRow("skipped") << ReleaseState::Skipped << QStringLiteral("skipped");
    }
    void stateNamesRoundTrip()
    {
        QFETCH(ReleaseState, state);
        QFETCH(QString, name);
        QCOMPARE(releaseStateName(state), name);
        bool ok = false;
        QCOMPARE(releaseStateFromName(name, &ok), state);
        QVERIFY(ok);
        releaseStateFromName(QStringLiteral("nonsense"), &ok);
        QVERIFY(!ok);
    }

    void fieldByName()
    {
        ReleaseTicket ticket;
        ticket.id = QStringLiteral("1042");
        ticket.application = QStringLiteral("billing");
        ticket.dependencies = { QStringLiteral("1040"), QStringLiteral("1041") };
        ticket.concurrent = false;
        ticket.extra.insert(QStringLiteral("owner_team"), QStringLiteral("支付组"));
        QCOMPARE(ticket.field(QStringLiteral("id")), QStringLiteral("1042"));
        QCOMPARE(ticket.field(QStringLiteral("application")), QStringLiteral("billing"));
        QCOMPARE(ticket.field(QStringLiteral("dependencies")), QStringLiteral("1040,1041"));
        QCOMPARE(ticket.field(QStringLiteral("concurrent")), QStringLiteral("false"));
        QCOMPARE(ticket.field(QStringLiteral("owner_team")), QStringLiteral("支付组"));
        QCOMPARE(ticket.field(QStringLiteral("no_such_field")), QString());
    }

    void finalStates()
    {
        QVERIFY(isFinalState(ReleaseState::Unknown));
        QVERIFY(isFinalState(ReleaseState::Succeeded));
        QVERIFY(!isFinalState(ReleaseState::Sending));
        QVERIFY(!isFinalState(ReleaseState::Approved));
    }
};

QTEST_GUILESS_MAIN(TestReleaseTicket)
#include "tst_releaseticket.moc"
