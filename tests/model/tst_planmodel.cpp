// The plan tree model (structure, progress, edits as row moves, drag and drop).
#include "fixture_tickets.h"
#include "planmodel.h"
#include "planner.h"
#include "sampletickets.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
// The tree as the plan string describePlan() gives, read back through the model's API only.
QString describeModel(const PlanModel &model)
{
    QStringList parts;
    for (int b = 0; b < model.rowCount(); ++b) {
        const QModelIndex batch = model.index(b, 0);
        QStringList ids;
        for (int r = 0; r < model.rowCount(batch); ++r)
            ids.append(model.index(r, 0, batch).data(PlanModel::TicketIdRole).toString());
        const bool parallel = model.plan().batches.at(b).kind == PlanBatch::Kind::Parallel;
        parts.append((parallel ? QStringLiteral("P[") : QStringLiteral("S["))
            + ids.join(QLatin1Char(',')) + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

struct Fixture
{
    explicit Fixture(const QString &spec)
        : tickets(ticketsFromSpec(spec))
    {
        // Attach before the first change so the tester sees every signal.
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(Planner::plan(tickets, hints), tickets, hints);
    }
    QList<ReleaseTicket> tickets;
    PlanningHints hints;
    PlanModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};
} // namespace

class TestPlanModel final : public QObject
{
    Q_OBJECT
private slots:
    void structureAndRoles()
    {
        Fixture f(QStringLiteral("1040:billing 1041:billing 1042:crm<1040 1043:ops!"));
        PlanModel &model = f.model;
        QCOMPARE(describeModel(model), QStringLiteral("S[1043] P[1040] P[1041,1042]"));
        const QModelIndex batch = model.index(2, 0);
        QCOMPARE(batch.data().toString(), QStringLiteral("Batch 3 · parallel · 2 tickets"));
        QCOMPARE(
            model.index(0, 0).data().toString(), QStringLiteral("Batch 1 · serial · 1 ticket"));
        QCOMPARE(batch.data(PlanModel::IsBatchRole).toBool(), true);
        QCOMPARE(batch.data(PlanModel::BatchIndexRole).toInt(), 2);
        QCOMPARE(model.index(2, PlanModel::StateColumn).data().toString(),
            QStringLiteral("not approved"));
        const QModelIndex ticket = model.index(1, 0, batch);
        QCOMPARE(ticket.data().toString(), QStringLiteral("#1042"));
        QCOMPARE(ticket.data(PlanModel::RawValueRole).toLongLong(), 1042);
        QCOMPARE(ticket.parent(), batch);
        QCOMPARE(model.index(1, PlanModel::ApplicationColumn, batch).data().toString(),
            QStringLiteral("crm"));
        QCOMPARE(model.index(1, PlanModel::ReasonColumn, batch).data().toString(),
            QStringLiteral("after #1040 (dependency)"));
        QCOMPARE(model.index(0, PlanModel::ReasonColumn, batch).data().toString(),
            QStringLiteral("apart from #1040 (same application: billing)"));
        QCOMPARE(model.index(0, PlanModel::ReasonColumn, model.index(0, 0)).data().toString(),
            QStringLiteral("alone (not concurrent)"));
        QCOMPARE(model.ticketIndex(QStringLiteral("1042")), ticket);
        QCOMPARE(model.batchIndexAt(ticket), 2);
        QCOMPARE(model.ticketIdAt(ticket), QStringLiteral("1042"));
        QVERIFY(model.violations().isEmpty());
        QCOMPARE(model.rowCount(ticket), 0);
        QVERIFY(model.flags(ticket) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags(batch) & Qt::ItemIsDropEnabled);
    }

    void progressFromUpdates()
    {
        Fixture f(QStringLiteral("1:a 2:b 3:c 4:d"));
        PlanModel &model = f.model;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.applyUpdates({ TicketUpdate::stateChange(QStringLiteral("1"), ReleaseState::Sending),
            TicketUpdate::stateChange(QStringLiteral("2"), ReleaseState::Succeeded),
            TicketUpdate::stateChange(QStringLiteral("3"), ReleaseState::Failed) });
        // Rows 0-2 in one span, plus the batch's progress cell.
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.batchDoneCount(0), 2);
        QCOMPARE(model.index(0, 0).data(PlanModel::ProgressRole).toInt(), 50);
        // A failed ticket is settled but not released; the text and the counts say so,
        // and the batch's state says what is happening to it.
        QCOMPARE(model.index(0, PlanModel::ProgressColumn).data().toString(),
            QStringLiteral("1 / 4 released, 1 not"));
        const RunCounts counts
            = model.index(0, PlanModel::ProgressColumn).data(PlanModel::CountsRole).value<RunCounts>();
        QCOMPARE(counts.released, 1);
        QCOMPARE(counts.failed, 1);
        QCOMPARE(counts.remaining, 2);
        QCOMPARE(model.index(0, PlanModel::StateColumn).data().toString(),
            QStringLiteral("running, some failed"));
        QCOMPARE(model.index(2, PlanModel::StateColumn, model.index(0, 0)).data().toString(),
            QStringLiteral("Failed"));
        model.applyUpdates({ TicketUpdate::stateChange(QStringLiteral("4"), ReleaseState::Skipped) });
        QCOMPARE(model.batchProgress(0), 75);
        QCOMPARE(model.batchCounts(0).skipped, 1);
        // An edit keeps the states.
        QVERIFY(model.splitBatch(0, { QStringLiteral("4") }));
        QCOMPARE(model.batchDoneCount(0), 2);
        QCOMPARE(model.batchProgress(1), 100);
        QCOMPARE(model.batchStateText(1), QStringLiteral("skipped"));
        QCOMPARE(model.batchCounts(1).skipped, 1);
        QCOMPARE(model.batchCounts(0).skipped, 0);
    }

    void edits_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("tree");
        QTest::addColumn<int>("violations");
        QTest::newRow("move breaks dependency") << "1:a 2:b<1"
                                                << "move 2 0"
                                                << "P[1,2]" << 1;
        QTest::newRow("move to new batch") << "1:a 2:b"
                                           << "new 1 1"
                                           << "P[2] P[1]" << 0;
        QTest::newRow("split") << "1:a 2:b 3:c"
                               << "split 0 1,3"
                               << "P[2] P[1,3]" << 0;
        QTest::newRow("merge") << "1:a 2:a"
                               << "merge 0 1"
                               << "P[1,2]" << 1;
        QTest::newRow("serial") << "1:a 2:a"
                                << "merge 0 1; serial 0"
                                << "S[1,2]" << 0;
        QTest::newRow("exclude holds dependants") << "1:a 2:b<1 3:c<2 4:d"
                                                  << "exclude 1"
                                                  << "P[4]" << 0;
        QTest::newRow("exclude then include") << "1:a 2:b"
                                              << "exclude 2; include 2"
                                              << "P[1,2]" << 0;
    }
    void edits()
    {
        QFETCH(QString, spec);
        QFETCH(QString, edit);
        QFETCH(QString, tree);
        QFETCH(int, violations);
        Fixture f(spec);
        PlanModel &model = f.model;
        QSignalSpy violationsChanged(&model, &PlanModel::violationsChanged);
        QSignalSpy edited(&model, &PlanModel::planEdited);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Keep a persistent index on a ticket that survives every edit below.
        const QString anchor = f.tickets.first().id;
        const QPersistentModelIndex persistent = model.ticketIndex(anchor);
        for (const QString &step : edit.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList w = step.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (w.at(0) == u"move")
                QVERIFY(model.moveTicket(w.at(1), w.at(2).toInt()));
            else if (w.at(0) == u"new")
                QVERIFY(model.moveTicketToNewBatch(w.at(1), w.at(2).toInt()));
            else if (w.at(0) == u"split")
                QVERIFY(model.splitBatch(w.at(1).toInt(), w.at(2).split(QLatin1Char(','))));
            else if (w.at(0) == u"merge")
                QVERIFY(model.mergeBatches(w.at(1).toInt(), w.at(2).toInt()));
            else if (w.at(0) == u"serial")
                QVERIFY(model.setBatchKind(w.at(1).toInt(), PlanBatch::Kind::Serial));
            else if (w.at(0) == u"exclude")
                QVERIFY(model.excludeTicket(w.at(1), QStringLiteral("not today")));
            else if (w.at(0) == u"include")
                QVERIFY(model.includeTicket(w.at(1)));
        }
        QCOMPARE(describeModel(model), tree);
        QCOMPARE(describePlan(model.plan()), tree);
        QCOMPARE(model.violations().size(), violations);
        QCOMPARE(reset.size(), 0); // edits never reset the model
        QVERIFY(edited.size() >= 1);
        if (violations > 0)
            QVERIFY(violationsChanged.size() >= 1);
        if (model.plan().batchIndexOf(anchor) >= 0) {
            QVERIFY(persistent.isValid());
            QCOMPARE(persistent.data(PlanModel::TicketIdRole).toString(), anchor);
        }
    }

    void editClearsApproval()
    {
        Fixture f(QStringLiteral("1:a 2:b 3:a"));
        PlanModel &model = f.model;
        model.approveBatch(0, QStringLiteral("lead"), QDateTime::currentDateTimeUtc());
        model.approveBatch(1, QStringLiteral("lead"), QDateTime::currentDateTimeUtc());
        QCOMPARE(model.index(0, PlanModel::StateColumn).data().toString(),
            QStringLiteral("approved by lead"));
        QVERIFY(model.splitBatch(0, { QStringLiteral("2") }));
        QVERIFY(!model.plan().batches.at(0).approved);
        QVERIFY(model.plan().batches.at(2).approved); // untouched batch keeps its approval
    }

    void dragAndDrop()
    {
        Fixture f(QStringLiteral("1:a 2:b 3:a 4:c"));
        PlanModel &model = f.model;
        QCOMPARE(describeModel(model), QStringLiteral("P[1,2,4] P[3]"));
        const QModelIndex batch0 = model.index(0, 0);
        std::unique_ptr<QMimeData> data(model.mimeData({ model.index(1, 0, batch0),
            model.index(1, 2, batch0), model.index(2, 0, batch0), batch0 }));
        QVERIFY(data);
        QCOMPARE(
            QString::fromUtf8(data->data(PlanModel::ticketIdsMimeType())), QStringLiteral("2\n4"));
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, -1, 0, model.index(1, 0)));
        QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, -1, 0, model.index(1, 0)));
        // Onto batch 2, at the front.
        QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, 0, 0, model.index(1, 0)));
        QCOMPARE(describeModel(model), QStringLiteral("P[1] P[2,4,3]"));
        // Between batches: a new batch at the top.
        std::unique_ptr<QMimeData> one(model.mimeData({ model.ticketIndex(QStringLiteral("3")) }));
        QVERIFY(model.dropMimeData(one.get(), Qt::MoveAction, 0, 0, {}));
        QCOMPARE(describeModel(model), QStringLiteral("P[3] P[1] P[2,4]"));
        // Onto a ticket: before it, in its batch; the source batch empties and goes away.
        std::unique_ptr<QMimeData> again(
            model.mimeData({ model.ticketIndex(QStringLiteral("3")) }));
        QVERIFY(model.dropMimeData(
            again.get(), Qt::MoveAction, -1, 0, model.ticketIndex(QStringLiteral("4"))));
        QCOMPARE(describeModel(model), QStringLiteral("P[1] P[2,3,4]"));
        // Dropping the same moved ticket back to the top: a conflict with 1 (same key)
        std::unique_ptr<QMimeData> conflict(
            model.mimeData({ model.ticketIndex(QStringLiteral("3")) }));
        QVERIFY(model.dropMimeData(conflict.get(), Qt::MoveAction, -1, 0, model.index(0, 0)));
        QCOMPARE(describeModel(model), QStringLiteral("P[1,3] P[2,4]"));
        QCOMPARE(model.violations().size(), 1);
        QCOMPARE(model.violations().first().kind, PlanViolation::Kind::ConflictInParallelBatch);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("#3")));
        // Unknown ids are not accepted.
        QMimeData bogus;
        bogus.setData(PlanModel::ticketIdsMimeType(), "999");
        QVERIFY(!model.canDropMimeData(&bogus, Qt::MoveAction, -1, 0, model.index(0, 0)));
    }

    void largePlanValidatesInBackground()
    {
        // Above the threshold, edits return at once and the violations follow by signal.
        QString spec;
        const int count = PlanModel::asyncValidationThreshold() + 100;
        for (int i = 0; i < count; ++i)
            spec += QStringLiteral("%1:a%2 ").arg(i).arg(i % 500);
        Fixture f(spec);
        PlanModel &model = f.model;
        QTRY_VERIFY_WITH_TIMEOUT(!model.isValidating(), 60000);
        QVERIFY(model.violations().isEmpty());
        QSignalSpy violationsChanged(&model, &PlanModel::violationsChanged);
        // Ticket 500 shares application a0 with ticket 0, which sits in the first batch.
        QVERIFY(model.moveTicket(QStringLiteral("500"), 0));
        QTRY_COMPARE_WITH_TIMEOUT(violationsChanged.size(), 1, 60000);
        QVERIFY(!model.isValidating());
        QCOMPARE(model.violations().size(), 1);
        QCOMPARE(model.violations().first().kind, PlanViolation::Kind::ConflictInParallelBatch);
    }

    void randomEditsKeepTreeAndPlanInStep()
    {
        // Many random edits with the tester attached: the tree always matches the plan.
        TicketGeneratorOptions options;
        options.count = 60;
        options.seed = 7;
        options.applications = 6;
        const QList<ReleaseTicket> tickets = generateTickets(options);
        const PlanningHints hints;
        PlanModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(Planner::plan(tickets, hints), tickets, hints);
        QList<TicketUpdate> done;
        for (int i = 0; i < tickets.size(); i += 3)
            done.append(TicketUpdate::stateChange(tickets.at(i).id, ReleaseState::Succeeded));
        model.applyUpdates(done);
        QRandomGenerator random(11);
        for (int step = 0; step < 400; ++step) {
            const ReleasePlan &plan = model.plan();
            if (plan.batches.isEmpty())
                break;
            const int b = random.bounded(int(plan.batches.size()));
            const QString id
                = plan.batches.at(b).ticketIds.at(random.bounded(plan.batches.at(b).size()));
            switch (random.bounded(6)) {
            case 0:
                model.moveTicket(
                    id, random.bounded(int(plan.batches.size()) + 1), random.bounded(3) - 1);
                break;
            case 1:
                model.moveTicketToNewBatch(id, random.bounded(int(plan.batches.size()) + 1));
                break;
            case 2:
                model.splitBatch(b, { id });
                break;
            case 3:
                model.mergeBatches(b, random.bounded(int(plan.batches.size())));
                break;
            case 4:
                model.excludeTicket(id, QString());
                break;
            default:
                if (!plan.held.isEmpty())
                    model.includeTicket(
                        plan.held.at(random.bounded(int(plan.held.size()))).ticketId);
            }
            QCOMPARE(describeModel(model), describePlan(model.plan()));
            for (int r = 0; r < model.rowCount(); ++r)
                QCOMPARE(model.index(r, 0).data(PlanModel::BatchIndexRole).toInt(), r);
            // Look-ups by id follow the edits.
            for (const PlanBatch &batch : model.plan().batches) {
                for (const QString &ticketId : batch.ticketIds) {
                    const QModelIndex at = model.ticketIndex(ticketId);
                    QCOMPARE(at.data(PlanModel::TicketIdRole).toString(), ticketId);
                    QCOMPARE(model.batchIndexAt(at), model.plan().batchIndexOf(ticketId));
                }
            }
            for (const HeldTicket &held : model.plan().held)
                QVERIFY(!model.ticketIndex(held.ticketId).isValid());
            for (int b = 0; b < model.rowCount(); ++b) {
                int expected = 0;
                for (const QString &ticketId : model.plan().batches.at(b).ticketIds)
                    expected += isFinalState(model.ticketState(ticketId)) ? 1 : 0;
                QCOMPARE(model.batchDoneCount(b), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanModel)
#include "tst_planmodel.moc"
