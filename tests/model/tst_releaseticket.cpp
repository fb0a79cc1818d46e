#include "releaseticket.h"

#include <QTest>

class TestReleaseTicket final : public QObject
{
    Q_OBJECT
private slots:
    // The names are written to the history database: they must not change.
    void stateNamesAreStable_data()
    {
        QTest::addColumn<ReleaseState>("state");
        QTest::addColumn<QString>("name");
        QTest::newRow("pending") << ReleaseState::Pending << QStringLiteral("pending");
        QTest::newRow("sending") << ReleaseState::Sending << QStringLiteral("sending");
        QTest::newRow("unknown") << ReleaseState::Unknown << QStringLiteral("unknown");
        QTest::newRow("skipped") << ReleaseState::Skipped << QStringLiteral("skipped");
    }
    void stateNamesAreStable()
    {
        QFETCH(ReleaseState, state);
        QFETCH(QString, name);
        QCOMPARE(releaseStateName(state), name);
    }

    // The one ticket order: numbers by value before other ids, then text, then version.
    void ticketOrder_data()
    {
        QTest::addColumn<QString>("firstId");
        QTest::addColumn<QString>("firstVersion");
        QTest::addColumn<QString>("secondId");
        QTest::addColumn<QString>("secondVersion");
        QTest::newRow("numbers by value") << "999" << "" << "1000" << "";
        QTest::newRow("numbers before text") << "1000" << "" << "A1" << "";
        QTest::newRow("equal numbers by text") << "07" << "" << "7" << "";
        QTest::newRow("text by text") << "A10" << "" << "B2" << "";
        QTest::newRow("one id by version") << "42" << "1.2" << "42" << "1.3";
    }
    void ticketOrder()
    {
        QFETCH(QString, firstId);
        QFETCH(QString, firstVersion);
        QFETCH(QString, secondId);
        QFETCH(QString, secondVersion);
        ReleaseTicket first;
        first.id = firstId;
        first.version = firstVersion;
        ReleaseTicket second;
        second.id = secondId;
        second.version = secondVersion;
        QVERIFY(ticketOrderLess(first, second));
        QVERIFY(!ticketOrderLess(second, first));
        QVERIFY(!ticketOrderLess(first, first));
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

    // Memory of 100,000 tickets: equal repeated texts end up in one buffer, values unchanged.
    void shareStringsSharesRepeatedTexts()
    {
        // Built at run time, as a parser builds them: equal values, separate buffers.
        auto text = [](const char *latin1) { return QString::fromLatin1(QByteArray(latin1)); };
        auto make = [&](const char *id) {
            ReleaseTicket ticket;
            ticket.id = text(id);
            ticket.application = text("billing-service");
            ticket.environment = text("production");
            ticket.submitter = text("zhang.wei");
            ticket.portalStatus = text("pending review");
            ticket.releaseUrl = QUrl(text("http://portal.example/deploy/run?id=") + ticket.id);
            return ticket;
        };
        ReleaseTicket a = make("1001");
        ReleaseTicket b = make("1002");
        QVERIFY(a.application.constData() != b.application.constData());
        const ReleaseTicket before = b;

        a.shareStrings();
        b.shareStrings();
        QCOMPARE(b.application, before.application);
        QCOMPARE(b.environment, before.environment);
        QCOMPARE(b.submitter, before.submitter);
        QCOMPARE(b.portalStatus, before.portalStatus);
        QCOMPARE(b.releaseUrl, before.releaseUrl);
        QCOMPARE(b.id, before.id);
        QCOMPARE(a.application.constData(), b.application.constData());
        QCOMPARE(a.environment.constData(), b.environment.constData());
        QCOMPARE(a.submitter.constData(), b.submitter.constData());
        QCOMPARE(a.portalStatus.constData(), b.portalStatus.constData());
        QVERIFY(a.id.constData() != b.id.constData()); // unique per ticket: not pooled
    }

    void shareStringsLeavesEncodedPathsAlone()
    {
        ReleaseTicket ticket;
        const QUrl url(QStringLiteral("http://portal.example/d%C3%A9ploy/run%2Fnow?id=7"));
        ticket.releaseUrl = url;
        ticket.shareStrings();
        QCOMPARE(ticket.releaseUrl, url);
        QCOMPARE(ticket.releaseUrl.toEncoded(), url.toEncoded());
    }

    void sharedStringKeepsEmptyAndEqualText()
    {
        QCOMPARE(ReleaseTicket::sharedString(QString()), QString());
        const QString once = ReleaseTicket::sharedString(QString::number(123456789));
        const QString twice = ReleaseTicket::sharedString(QString::number(123456789));
        QCOMPARE(twice, QStringLiteral("123456789"));
        QCOMPARE(once.constData(), twice.constData());
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
