#pragma once

#include "itemroles.h"
#include "planninghints.h"
#include "releaseplan.h"
#include "releaseticket.h"
#include "runcounts.h"
#include "ticketupdate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

// The plan as a tree the UI shows and edits: top-level rows are batches, their
// children the tickets in release order. Every edit goes through Planner, is applied with
// fine-grained insert/move/remove signals (selection and expansion survive), and re-validated;
// violations() is what the edit broke. Lives on the GUI thread.
class PlanModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        // batch: "Batch 3 · parallel · 12 tickets", where 3 is the batch's id (PlanBatch::id), so
        // a batch keeps its name while the plan is edited; ticket: "#1042"
        NameColumn,
        ApplicationColumn,
        VersionColumn,
        StateColumn, // batch: approval; ticket: release state
        ProgressColumn, // batch: "3 / 12" and ProgressRole; ticket: empty
        ReasonColumn, // ticket: why it is in this batch
        ColumnCount
    };
    enum Role {
        RawValueRole = ItemRoles::RawValue,
        TicketIdRole = ItemRoles::TicketId,
        StateRole = ItemRoles::State,
        BatchIndexRole = ItemRoles::BatchIndex,
        ProgressRole = ItemRoles::Progress,
        IsBatchRole = ItemRoles::IsBatch,
        CountsRole = ItemRoles::Counts,
        ProductionRole = ItemRoles::Production,
    };

    explicit PlanModel(QObject *parent = nullptr);

    static QString ticketIdsMimeType(); // "application/x-releasedesk-ticket-ids"

    // A new plan (model reset). The tickets give application, version and state to show and
    // are what edits are validated against.
    void setPlan(
        const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints);
    void clear();
    const ReleasePlan &plan() const { return m_plan; }
    // What the current plan breaks. Plans of more than asyncValidationThreshold() tickets are
    // validated on the global thread pool (half a second at 100,000): until violationsChanged
    // arrives, this is the previous result and isValidating() is true.
    const QList<PlanViolation> &violations() const { return m_violations; }
    bool isValidating() const { return m_validating; }
    static int asyncValidationThreshold() { return 20000; }

    // Release states, for the ticket rows and the batch progress.
    void applyUpdates(const QList<TicketUpdate> &updates);
    ReleaseState ticketState(const QString &ticketId) const;
    int batchDoneCount(int batchIndex) const; // tickets in a final state
    int batchProgress(int batchIndex) const; // 0..100
    // The batch's tickets by outcome, and what happened to the batch in words ("done",
    // "partly failed", "skipped", "stopped", "running", or its approval).
    RunCounts batchCounts(int batchIndex) const;
    QString batchStateText(int batchIndex) const;
    // True when a ticket of the batch goes to an environment the profile calls production.
    bool touchesProduction(int batchIndex) const;
    // "Batch 3 · parallel · 12 tickets", the name the tree, the approval and the log use.
    QString batchTitle(int batchIndex) const;
    const ReleaseTicket *ticket(const QString &ticketId) const; // nullptr if unknown
    // Held tickets that are still pending on the portal: what "held back" means to a person
    // (tickets already released or failed on the portal are not held back, just not planned).
    int heldPendingCount() const;

    // Edits (the UI's context menu and drag and drop). Return false if nothing changed.
    bool moveTicket(const QString &ticketId, int toBatchIndex, int position = -1);
    bool moveTicketToNewBatch(const QString &ticketId, int newBatchIndex);
    bool splitBatch(int batchIndex, const QStringList &ticketIdsToMoveOut);
    bool mergeBatches(int a, int b);
    bool setBatchKind(int batchIndex, PlanBatch::Kind kind);
    // Excludes the ticket and holds back its dependants that would otherwise break.
    bool excludeTicket(const QString &ticketId, const QString &reason);
    bool includeTicket(const QString &ticketId);
    void approveBatch(int batchIndex, const QString &approvedBy, const QDateTime &approvedAt);
    // Replaces the plan by an edited version of it (same tickets), with minimal signals.
    void applyEditedPlan(const ReleasePlan &edited);

    QModelIndex batchIndex(int batchIndex, int column = 0) const;
    QModelIndex ticketIndex(const QString &ticketId, int column = 0) const;
    QString ticketIdAt(const QModelIndex &index) const; // empty for batch rows
    int batchIndexAt(const QModelIndex &index) const; // the batch of a batch or ticket row

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
        const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

signals:
    void violationsChanged(const QList<PlanViolation> &violations);
    // After any edit (not after setPlan or state updates): the plan changed shape.
    void planEdited();

private:
    struct Location
    {
        int batchId = 0; // PlanBatch::id: survives batch inserts, moves and removals
        int row = -1;
    };
    QVariant batchData(int batch, int column, int role) const;
    QVariant ticketData(int batch, int row, int column, int role) const;
    void revalidate();
    void setViolations(QList<PlanViolation> violations);
    void indexBatch(int batch); // locations and done count of one batch's tickets
    void rebuildLocations();
    void emitBatchChanged(int batch);
    void reindexBatches();
    bool describeSame(const ReleasePlan &edited) const;
    void moveTicketRow(int fromBatch, int fromRow, int toBatch, int toRow);

    // What an edit changes, and the steps that turn it into row signals (planmodeledits.cpp).
    struct EditDiff
    {
        QSet<int> changed; // ids of batches whose tickets differ, added or gone
        QSet<int> editedIds; // ids of the edited plan's batches
        QHash<QString, int> targetBatchId; // ticket → its batch id, for the changed batches
    };
    EditDiff diffAgainst(const ReleasePlan &edited) const;
    QStringList removeLeavingTickets(const EditDiff &diff);
    void appendNewBatches(const ReleasePlan &edited);
    void moveTicketsBetweenBatches(const EditDiff &diff);
    void insertJoiningTickets(const ReleasePlan &edited, const EditDiff &diff);
    void removeGoneBatches(const EditDiff &diff);
    void orderBatches(const ReleasePlan &edited);
    void orderTickets(const ReleasePlan &edited, const EditDiff &diff);
    void adoptEditedPlan(
        const ReleasePlan &edited, const EditDiff &diff, const QStringList &removedIds);

    ReleasePlan m_plan;
    QList<ReleaseTicket> m_tickets;
    QHash<QString, int> m_ticketById; // index into m_tickets (first occurrence)
    PlanningHints m_hints;
    QList<ReleaseState> m_stateByTicket; // by index into m_tickets: a vector, not a hash, since
                                         // a whole-plan sweep touches every entry
    QHash<QString, Location> m_location; // ticket id → batch id and row
    QHash<int, int> m_batchRowById; // batch id → batch index
    QHash<int, int> m_doneCount; // batch id → tickets in a final state
    QHash<int, RunCounts> m_counts; // batch id → tickets by outcome
    QList<PlanViolation> m_violations;
    quint64 m_validation = 0; // generation: results of older validations are dropped
    bool m_validating = false;
};
