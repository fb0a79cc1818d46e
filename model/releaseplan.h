#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The plan the Planner proposes and the user edits: ordered batches; each is released
// only after the previous one has finished. Plain values: copy them freely, build them in tests.

struct PlanBatch
{
    enum class Kind {
        Parallel, // released together, up to the concurrency limit in flight
        Serial, // released one at a time, in ticketIds order
    };

    int id = 0; // stable while the plan is edited (indices shift, ids do not); unique in a plan
    Kind kind = Kind::Parallel;
    QStringList ticketIds; // in release order (matters for serial batches)
    QHash<QString, QString> reasons; // ticket id → why it is here, readable and translated

    bool approved = false;
    QString approvedBy;
    QDateTime approvedAt;

    int size() const { return int(ticketIds.size()); }
    QString reason(const QString &ticketId) const { return reasons.value(ticketId); }
    static QString kindName(Kind kind); // "parallel" / "serial", untranslated
    static QString kindText(Kind kind); // the same, in the person's language
};

// A ticket left out of the plan, with why.
struct HeldTicket
{
    enum class Reason {
        NotPending, // not pending on the portal, or ReleaseDesk already ran it
        DependencyMissing, // depends on an id that is not among the tickets
        DependencyFailed, // depends on a ticket that failed / is not released and not plannable
        DependencyHeld, // depends on a ticket that is itself held (transitively)
        Cycle, // part of, or waiting on, a dependency cycle
        DuplicateId, // a second ticket with an id already seen (the first one is planned)
        ExcludedByUser,
    };
    QString ticketId;
    Reason reason = Reason::NotPending;
    QString message; // readable, translated: "waits for #1042 (failed)"
    QStringList relatedIds; // the dependency / cycle members it is about
};

// Something wrong with the input (reported, never crashed on).
struct PlanProblem
{
    enum class Kind { Cycle, MissingDependency, FailedDependency, DuplicateId };
    Kind kind = Kind::Cycle;
    QString message;
    QStringList ticketIds;
};

// A constraint an (edited) plan breaks; see Planner::validate.
struct PlanViolation
{
    enum class Kind {
        ConflictInParallelBatch, // two tickets with the same conflict key in one parallel batch
        DependencyOrder, // a ticket before (or in parallel with) one of its dependencies
        DependencyNotPlanned, // a dependency is neither in the plan nor already released
        NonConcurrentNotAlone, // a non-concurrent ticket in a parallel batch with others
        NotPending, // a ticket in the plan that is not pending
        UnknownTicket, // an id in the plan that is not among the tickets
        DuplicatePlacement, // a ticket in the plan twice
        NotPlanned, // a pending, plannable ticket neither planned nor held
    };
    Kind kind = Kind::ConflictInParallelBatch;
    QString message; // readable, translated, names the ticket ids
    QStringList ticketIds;
    int batchIndex = -1; // where it shows, when it is about one batch
};

struct ReleasePlan
{
    QList<PlanBatch> batches;
    QList<HeldTicket> held;
    QList<PlanProblem> problems;

    // Sound lower bound on stepCount() for any valid plan of the same tickets: the longest
    // dependency chain, the largest conflict group, and each non-concurrent ticket needing a
    // step of its own. Set by Planner::plan.
    int lowerBoundBatches = 0;

    // Release steps: a parallel batch is one step, a serial batch one step per ticket. For the
    // planner's own plans (non-concurrent tickets each in a serial batch of one) this equals the
    // batch count; it is what lowerBoundBatches bounds.
    int stepCount() const;
    int plannedCount() const; // tickets in batches
    int batchIndexOf(const QString &ticketId) const; // -1 if not planned; linear: see index below
    QHash<QString, int> batchIndexByTicket() const; // for many look-ups
    const HeldTicket *heldTicket(const QString &ticketId) const; // nullptr if not held
    int batchById(int batchId) const; // index, -1 if none
    int nextBatchId() const; // an id no batch uses yet
    // stepCount / lowerBoundBatches (1.0 = provably optimal in steps); 1.0 for an empty plan.
    double closeness() const;
};

// Time to release a plan at a fixed per-request latency and concurrency limit, and the lower
// bound no plan of the same tickets can beat (used by the release benchmark).
struct MakespanEstimate
{
    qint64 planMs = 0; // parallel batch of n: ceil(n / C) * L; serial batch of n: n * L
    qint64 lowerBoundMs = 0; // max(critical path, largest conflict group, work / C, ...)
    double ratio() const { return lowerBoundMs > 0 ? double(planMs) / double(lowerBoundMs) : 1.0; }
};

Q_DECLARE_METATYPE(ReleasePlan)
Q_DECLARE_METATYPE(PlanViolation)
