// The ticket table model (page inserts, update spans, roles, proxy use).
#include "fixture_tickets.h"
#include "sampletickets.h"
#include "tickettablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {
QList<ReleaseTicket> numbered(int first, int count)
{
    QList<ReleaseTicket> tickets;
    for (int i = 0; i < count; ++i) {
        ReleaseTicket ticket;
        ticket.id = QString::number(first + i);
        ticket.application = QStringLiteral("app%1").arg(i % 3);
        tickets.append(ticket);
    }
    return tickets;
}

TicketUpdate stateUpdate(int id, ReleaseState state)
{
    return TicketUpdate::stateChange(QString::number(id), state);
}
} // namespace

class TestTicketTableModel final : public QObject
{
    Q_OBJECT
private slots:
    void appendIsOneInsertPerPage()
    {
        TicketTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.appendTickets(numbered(1, 50));
        model.appendTickets(numbered(51, 50));
        model.appendTickets({});
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 50);
        QCOMPARE(inserted.at(1).at(2).toInt(), 99);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.rowOf(QStringLiteral("77")), 76);
        QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
        QCOMPARE(model.ticket(76).id, QStringLiteral("77"));
        // A flat model: no children under a valid parent.
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    }

    void duplicateIdKeepsFirstRow()
    {
        TicketTableModel model;
        model.appendTickets(ticketsFromSpec(QStringLiteral("1:a 2:b")));
        model.appendTickets(ticketsFromSpec(QStringLiteral("1:c 3:d 3:e")));
        QCOMPARE(model.rowOf(QStringLiteral("1")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("3")), 3);
    }

    void roles()
    {
        TicketTableModel model;
        QList<ReleaseTicket> tickets = ticketsFromSpec(QStringLiteral("1042:billing<1040,1041"));
        tickets[0].concurrent = false;
        tickets[0].message = QStringLiteral("portal said no");
        tickets[0].state = ReleaseState::Failed;
        tickets[0].extra.insert(QStringLiteral("owner"), QStringLiteral("支付组"));
        model.setExtraColumns({ QStringLiteral("owner") }, { QStringLiteral("Owner") });
        model.appendTickets(tickets);
        auto at = [&](int column) { return model.index(0, column); };
        using M = TicketTableModel;
        QCOMPARE(at(M::IdColumn).data().toString(), QStringLiteral("1042"));
        QCOMPARE(at(M::IdColumn).data(M::RawValueRole).typeId(), QMetaType::LongLong);
        QCOMPARE(at(M::IdColumn).data(M::RawValueRole).toLongLong(), 1042);
        QCOMPARE(at(M::DependenciesColumn).data().toString(), QStringLiteral("1040, 1041"));
        QCOMPARE(at(M::ConcurrentColumn).data(M::RawValueRole).toBool(), false);
        QCOMPARE(at(M::ConcurrentColumn).data().toString(), QStringLiteral("No"));
        QCOMPARE(at(M::StateColumn).data().toString(), QStringLiteral("Failed"));
        QCOMPARE(at(M::StateColumn).data(M::RawValueRole).toInt(), int(ReleaseState::Failed));
        QCOMPARE(at(M::MessageColumn).data(M::StateRole).toInt(), int(ReleaseState::Failed));
        QCOMPARE(at(M::MessageColumn).data(M::TicketIdRole).toString(), QStringLiteral("1042"));
        QCOMPARE(
            at(M::StateColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("portal said no"));
        QCOMPARE(model.columnCount(), M::StandardColumnCount + 1);
        QCOMPARE(at(M::StandardColumnCount).data().toString(), QStringLiteral("支付组"));
        QCOMPARE(model.headerData(M::StandardColumnCount, Qt::Horizontal).toString(),
            QStringLiteral("Owner"));
        QCOMPARE(
            model.headerData(M::IdColumn, Qt::Horizontal).toString(), QStringLiteral("Ticket"));
    }

    void updatesBecomeSpans_data()
    {
        QTest::addColumn<QList<int>>("ids"); // tickets 1..20 are rows 0..19
        QTest::addColumn<int>("spans");
        QTest::newRow("one") << QList<int> { 5 } << 1;
        QTest::newRow("contiguous") << QList<int> { 3, 4, 5, 6, 7 } << 1;
        QTest::newRow("contiguous, any order") << QList<int> { 7, 3, 5, 4, 6 } << 1;
        QTest::newRow("two runs") << QList<int> { 1, 2, 3, 10, 11 } << 2;
        QTest::newRow("scattered") << QList<int> { 1, 5, 9 } << 3;
        QTest::newRow("same ticket twice") << QList<int> { 4, 4 } << 1;
        QTest::newRow("unknown id ignored") << QList<int> { 99 } << 0;
    }
    void updatesBecomeSpans()
    {
        QFETCH(QList<int>, ids);
        QFETCH(int, spans);
        TicketTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendTickets(numbered(1, 20));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy states(&model, &TicketTableModel::statesChanged);
        QList<TicketUpdate> updates;
        for (int id : ids)
            updates.append(stateUpdate(id, ReleaseState::Sending));
        model.applyUpdates(updates);
        QCOMPARE(changed.size(), spans);
        for (const auto &arguments : changed) {
            const auto topLeft = arguments.at(0).value<QModelIndex>();
            const auto bottomRight = arguments.at(1).value<QModelIndex>();
            const auto roles = arguments.at(2).value<QList<int>>();
            // Only the state column and its roles.
            QCOMPARE(topLeft.column(), int(TicketTableModel::StateColumn));
            QCOMPARE(bottomRight.column(), int(TicketTableModel::StateColumn));
            QVERIFY(roles.contains(TicketTableModel::StateRole));
            QVERIFY(roles.contains(Qt::DisplayRole));
            QVERIFY(!roles.contains(Qt::ToolTipRole));
        }
        QCOMPARE(states.size(), spans > 0 ? 1 : 0);
        // Applying the same state again changes nothing and says nothing.
        changed.clear();
        model.applyUpdates(updates);
        QCOMPARE(changed.size(), 0);
    }

    void messageUpdateSpansStateAndMessage()
    {
        TicketTableModel model;
        model.appendTickets(numbered(1, 3));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        TicketUpdate update = stateUpdate(2, ReleaseState::Failed);
        update.message = QStringLiteral("409 duplicate");
        update.httpStatus = 409;
        model.applyUpdates({ update });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(
            changed.at(0).at(0).value<QModelIndex>().column(), int(TicketTableModel::StateColumn));
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(),
            int(TicketTableModel::MessageColumn));
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::ToolTipRole));
        QCOMPARE(model.ticket(1).httpStatus, 409);
        // Only a time changed: nothing shown changed, no signal.
        changed.clear();
        TicketUpdate times;
        times.id = QStringLiteral("2");
        times.finishedAt = QDateTime::currentDateTimeUtc();
        model.applyUpdates({ times });
        QCOMPARE(changed.size(), 0);
        QVERIFY(model.ticket(1).finishedAt.isValid());
    }

    void scheduledUpdatesAreCoalesced()
    {
        TicketTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendTickets(numbered(1, 100));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int id = 1; id <= 100; ++id)
            model.scheduleUpdate(stateUpdate(id, ReleaseState::Queued));
        for (int id = 1; id <= 100; ++id)
            model.scheduleUpdate(stateUpdate(id, ReleaseState::Succeeded));
        QCOMPARE(changed.size(), 0); // nothing until the timer fires
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
        QCOMPARE(model.ticket(99).state, ReleaseState::Succeeded);
        model.scheduleUpdate(stateUpdate(5, ReleaseState::Failed));
        model.flushScheduledUpdates();
        QCOMPARE(changed.size(), 2);
    }

    void proxySortsNumericallyAndFilters()
    {
        TicketTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSortRole(TicketTableModel::RawValueRole);
        proxy.sort(TicketTableModel::IdColumn);
        model.appendTickets(ticketsFromSpec(QStringLiteral("10:a 2:b 1:c 100:a")));
        auto idAt = [&](int row) { return proxy.index(row, 0).data().toString(); };
        QCOMPARE(idAt(0), QStringLiteral("1"));
        QCOMPARE(idAt(1), QStringLiteral("2"));
        QCOMPARE(idAt(2), QStringLiteral("10"));
        QCOMPARE(idAt(3), QStringLiteral("100"));
        // Sort by state follows updates (dynamic sort).
        proxy.sort(TicketTableModel::StateColumn, Qt::DescendingOrder);
        model.applyUpdates(
            { TicketUpdate::stateChange(QStringLiteral("2"), ReleaseState::Failed) });
        QCOMPARE(idAt(0), QStringLiteral("2"));
        // Filter by application.
        proxy.setFilterKeyColumn(TicketTableModel::ApplicationColumn);
        proxy.setFilterFixedString(QStringLiteral("a"));
        QCOMPARE(proxy.rowCount(), 2);
        // Filter by state through the raw value.
        proxy.setFilterFixedString(QString());
        proxy.setFilterRole(TicketTableModel::RawValueRole);
        proxy.setFilterKeyColumn(TicketTableModel::StateColumn);
        proxy.setFilterRegularExpression(QStringLiteral("^%1$").arg(int(ReleaseState::Failed)));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void replaceAndClear()
    {
        TicketTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendTickets(numbered(1, 10));
        model.scheduleUpdate(stateUpdate(1, ReleaseState::Failed));
        model.replaceTickets(numbered(100, 5));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.rowOf(QStringLiteral("1")), -1);
        QCOMPARE(model.rowOf(QStringLiteral("104")), 4);
        model.flushScheduledUpdates(); // the dropped update must not resurface
        model.setExtraColumns({ QStringLiteral("x") });
        QCOMPARE(model.columnCount(), TicketTableModel::StandardColumnCount + 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void manyTicketsThroughProxy()
    {
        TicketGeneratorOptions options;
        options.count = 5000;
        const QList<ReleaseTicket> tickets = generateTickets(options);
        TicketTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(TicketTableModel::RawValueRole);
        proxy.sort(TicketTableModel::IdColumn, Qt::DescendingOrder);
        for (qsizetype i = 0; i < tickets.size(); i += 500)
            model.appendTickets(tickets.mid(i, 500));
        QCOMPARE(proxy.rowCount(), 5000);
        QCOMPARE(proxy.index(0, 0).data().toString(), QString::number(options.firstId + 4999));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<TicketUpdate> sweep;
        for (const ReleaseTicket &ticket : tickets)
            sweep.append(TicketUpdate::stateChange(ticket.id, ReleaseState::Succeeded));
        model.applyUpdates(sweep);
        QCOMPARE(changed.size(), 1); // every row changed: one span
    }
};

QTEST_GUILESS_MAIN(TestTicketTableModel)
#include "tst_tickettablemodel.moc"
