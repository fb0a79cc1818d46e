#include "planmodel.h"

#include "planner.h"

#include <QMimeData>

// PlanModel's edits: every edit is a Planner function on the plan, then
// applyEditedPlan() turns the difference into row inserts, moves and removes, so views keep
// selection and expansion, and QAbstractItemModelTester sees consistent signals.

bool PlanModel::moveTicket(const QString &ticketId, int toBatchIndex, int position)
{
    const ReleasePlan edited = Planner::moveTicket(m_plan, ticketId, toBatchIndex, position);
    if (describeSame(edited))
        return false;
    applyEditedPlan(edited);
    return true;
}

bool PlanModel::moveTicketToNewBatch(const QString &ticketId, int newBatchIndex)
{
    const ReleasePlan edited = Planner::moveTicketToNewBatch(m_plan, ticketId, newBatchIndex);
    if (describeSame(edited))
        return false;
    applyEditedPlan(edited);
    return true;
}

bool PlanModel::splitBatch(int batchIndex, const QStringList &ticketIdsToMoveOut)
{
    const ReleasePlan edited = Planner::splitBatch(m_plan, batchIndex, ticketIdsToMoveOut);
    if (describeSame(edited))
        return false;
    applyEditedPlan(edited);
    return true;
}

bool PlanModel::mergeBatches(int a, int b)
{
    const ReleasePlan edited = Planner::mergeBatches(m_plan, a, b);
    if (describeSame(edited))
        return false;
    applyEditedPlan(edited);
    return true;
}

bool PlanModel::setBatchKind(int batchIndex, PlanBatch::Kind kind)
{
    const ReleasePlan edited = Planner::setBatchKind(m_plan, batchIndex, kind);
    if (describeSame(edited))
        return false;
    applyEditedPlan(edited);
    return true;
}

bool PlanModel::excludeTicket(const QString &ticketId, const QString &reason)
{
    ReleasePlan edited = Planner::excludeTicket(m_plan, ticketId, reason);
    if (describeSame(edited))
        return false;
    edited = Planner::holdUnsatisfiedDependants(edited, m_tickets, m_hints);
    applyEditedPlan(edited);
    return true;
}

bool PlanModel::includeTicket(const QString &ticketId)
{
    const ReleasePlan edited = Planner::includeTicket(m_plan, ticketId, m_tickets, m_hints);
    if (describeSame(edited))
        return false;
    applyEditedPlan(edited);
    return true;
}

void PlanModel::approveBatch(int batchIndex, const QString &approvedBy, const QDateTime &approvedAt)
{
    if (batchIndex < 0 || batchIndex >= m_plan.batches.size())
        return;
    m_plan = Planner::approveBatch(m_plan, batchIndex, approvedBy, approvedAt);
    emit dataChanged(
        this->batchIndex(batchIndex, 0), this->batchIndex(batchIndex, ColumnCount - 1));
}

// Same batches, tickets and kinds: the edit changed nothing a view shows.
bool PlanModel::describeSame(const ReleasePlan &edited) const
{
    if (edited.batches.size() != m_plan.batches.size() || edited.held.size() != m_plan.held.size())
        return false;
    for (int b = 0; b < edited.batches.size(); ++b) {
        const PlanBatch &x = edited.batches.at(b);
        const PlanBatch &y = m_plan.batches.at(b);
        if (x.id != y.id || x.kind != y.kind || x.ticketIds != y.ticketIds)
            return false;
    }
    return true;
}

void PlanModel::reindexBatches()
{
    m_batchRowById.clear();
    for (int b = 0; b < m_plan.batches.size(); ++b)
        m_batchRowById.insert(m_plan.batches.at(b).id, b);
}

void PlanModel::moveTicketRow(int fromBatch, int fromRow, int toBatch, int toRow)
{
    const QModelIndex source = batchIndex(fromBatch);
    const QModelIndex destination = batchIndex(toBatch);
    if (!beginMoveRows(source, fromRow, fromRow, destination, toRow))
        return; // a no-op move within one batch
    const QString id = m_plan.batches[fromBatch].ticketIds.takeAt(fromRow);
    if (fromBatch == toBatch && toRow > fromRow)
        --toRow;
    m_plan.batches[toBatch].ticketIds.insert(toRow, id);
    endMoveRows();
}

void PlanModel::applyEditedPlan(const ReleasePlan &edited)
{
    const EditDiff diff = diffAgainst(edited);
    // The order of the steps matters: rows leave before batches are removed, batches exist
    // before tickets move into them, and everything is in place before it is ordered.
    const QStringList removedIds = removeLeavingTickets(diff);
    appendNewBatches(edited);
    moveTicketsBetweenBatches(diff);
    insertJoiningTickets(edited, diff);
    removeGoneBatches(diff);
    orderBatches(edited);
    orderTickets(edited, diff);
    adoptEditedPlan(edited, diff, removedIds);
    revalidate();
    emit planEdited();
}

PlanModel::EditDiff PlanModel::diffAgainst(const ReleasePlan &edited) const
{
    // Only batches whose tickets differ are touched: an edit of a 100,000-ticket plan moves a
    // few rows, and unchanged batches share their ticket lists with the edited plan.
    EditDiff diff;
    for (const PlanBatch &batch : edited.batches) {
        diff.editedIds.insert(batch.id);
        const int current = m_batchRowById.value(batch.id, -1);
        if (current < 0 || m_plan.batches.at(current).ticketIds != batch.ticketIds)
            diff.changed.insert(batch.id);
    }
    for (const PlanBatch &batch : std::as_const(m_plan.batches)) {
        if (!diff.editedIds.contains(batch.id))
            diff.changed.insert(batch.id);
    }
    for (const PlanBatch &batch : edited.batches) {
        if (!diff.changed.contains(batch.id))
            continue;
        for (const QString &id : batch.ticketIds)
            diff.targetBatchId.insert(id, batch.id);
    }
    return diff;
}

// Ticket rows that leave the plan (excluded, held), in contiguous spans; returns their ids.
QStringList PlanModel::removeLeavingTickets(const EditDiff &diff)
{
    QStringList removedIds;
    for (int b = int(m_plan.batches.size()) - 1; b >= 0; --b) {
        if (!diff.changed.contains(m_plan.batches.at(b).id))
            continue;
        QStringList &ids = m_plan.batches[b].ticketIds;
        for (int r = int(ids.size()) - 1; r >= 0; --r) {
            if (diff.targetBatchId.contains(ids.at(r)))
                continue;
            int first = r;
            while (first > 0 && !diff.targetBatchId.contains(ids.at(first - 1)))
                --first;
            beginRemoveRows(batchIndex(b), first, r);
            removedIds.append(ids.mid(first, r - first + 1));
            ids.remove(first, r - first + 1);
            endRemoveRows();
            r = first;
        }
    }
    return removedIds;
}

// New batches, empty for now, at the end.
void PlanModel::appendNewBatches(const ReleasePlan &edited)
{
    for (const PlanBatch &batch : edited.batches) {
        if (m_batchRowById.contains(batch.id))
            continue;
        const int row = int(m_plan.batches.size());
        beginInsertRows({}, row, row);
        PlanBatch added;
        added.id = batch.id;
        added.kind = batch.kind;
        m_plan.batches.append(added);
        reindexBatches();
        endInsertRows();
    }
}

// Tickets that change batch: to the end of their new batch.
void PlanModel::moveTicketsBetweenBatches(const EditDiff &diff)
{
    for (int b = 0; b < m_plan.batches.size(); ++b) {
        if (!diff.changed.contains(m_plan.batches.at(b).id))
            continue;
        for (int r = 0; r < m_plan.batches.at(b).ticketIds.size();) {
            const int target = diff.targetBatchId.value(m_plan.batches.at(b).ticketIds.at(r));
            if (target == m_plan.batches.at(b).id) {
                ++r;
                continue;
            }
            const int to = m_batchRowById.value(target);
            moveTicketRow(b, r, to, m_plan.batches.at(to).size());
        }
    }
}

// Tickets that join the plan (put back).
void PlanModel::insertJoiningTickets(const ReleasePlan &edited, const EditDiff &diff)
{
    QSet<QString> present;
    for (const PlanBatch &batch : std::as_const(m_plan.batches)) {
        if (!diff.changed.contains(batch.id))
            continue;
        for (const QString &id : batch.ticketIds)
            present.insert(id);
    }
    for (const PlanBatch &batch : edited.batches) {
        if (!diff.changed.contains(batch.id))
            continue;
        const int b = m_batchRowById.value(batch.id);
        for (const QString &id : batch.ticketIds) {
            if (present.contains(id))
                continue;
            const int row = m_plan.batches.at(b).size();
            beginInsertRows(batchIndex(b), row, row);
            m_plan.batches[b].ticketIds.append(id);
            endInsertRows();
        }
    }
}

// Batches that are gone (empty by now).
void PlanModel::removeGoneBatches(const EditDiff &diff)
{
    for (int b = int(m_plan.batches.size()) - 1; b >= 0; --b) {
        if (diff.editedIds.contains(m_plan.batches.at(b).id))
            continue;
        const int remaining = m_plan.batches.at(b).size();
        if (remaining > 0) { // cannot happen after the moves; keep the tree consistent anyway
            beginRemoveRows(batchIndex(b), 0, remaining - 1);
            m_plan.batches[b].ticketIds.clear();
            endRemoveRows();
        }
        beginRemoveRows({}, b, b);
        m_plan.batches.removeAt(b);
        reindexBatches(); // before endRemoveRows: listeners call parent() on the new rows
        endRemoveRows();
    }
}

void PlanModel::orderBatches(const ReleasePlan &edited)
{
    for (int i = 0; i < edited.batches.size(); ++i) {
        if (m_plan.batches.at(i).id == edited.batches.at(i).id)
            continue;
        int j = i + 1;
        while (m_plan.batches.at(j).id != edited.batches.at(i).id)
            ++j;
        beginMoveRows({}, j, j, {}, i);
        m_plan.batches.move(j, i);
        reindexBatches();
        endMoveRows();
    }
}

// Ticket order within each changed batch.
void PlanModel::orderTickets(const ReleasePlan &edited, const EditDiff &diff)
{
    for (int b = 0; b < edited.batches.size(); ++b) {
        if (!diff.changed.contains(edited.batches.at(b).id))
            continue;
        const QStringList &wanted = edited.batches.at(b).ticketIds;
        for (int i = 0; i < wanted.size(); ++i) {
            const QStringList &ids = m_plan.batches.at(b).ticketIds;
            if (ids.at(i) == wanted.at(i))
                continue;
            moveTicketRow(b, int(ids.indexOf(wanted.at(i), i)), b, i);
        }
    }
}

// Same shape now: take the rest (kinds, reasons, approvals, held) and refresh the texts.
void PlanModel::adoptEditedPlan(
    const ReleasePlan &edited, const EditDiff &diff, const QStringList &removedIds)
{
    m_plan = edited;
    reindexBatches();
    for (const QString &id : removedIds) {
        if (!diff.targetBatchId.contains(id))
            m_location.remove(id);
    }
    for (int id : diff.changed) {
        if (!diff.editedIds.contains(id)) {
            m_doneCount.remove(id);
            m_counts.remove(id);
        }
    }
    if (!m_plan.batches.isEmpty()) {
        // Batch rows: their index role shifts and approvals may have been cleared.
        emit dataChanged(
            batchIndex(0, 0), batchIndex(int(m_plan.batches.size()) - 1, ColumnCount - 1));
    }
    for (int b = 0; b < m_plan.batches.size(); ++b) {
        if (!diff.changed.contains(m_plan.batches.at(b).id))
            continue;
        indexBatch(b);
        const int rows = m_plan.batches.at(b).size();
        if (rows > 0) {
            emit dataChanged(
                index(0, 0, batchIndex(b)), index(rows - 1, ColumnCount - 1, batchIndex(b)));
        }
    }
}

QStringList PlanModel::mimeTypes() const
{
    return { ticketIdsMimeType() };
}

QMimeData *PlanModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = ticketIdAt(index);
        if (!id.isEmpty() && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(ticketIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    data->setText(ids.join(QLatin1Char(' ')));
    return data;
}

namespace {
QStringList decodeIds(const QMimeData *data)
{
    if (!data || !data->hasFormat(PlanModel::ticketIdsMimeType()))
        return {};
    return QString::fromUtf8(data->data(PlanModel::ticketIdsMimeType()))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

bool PlanModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (action != Qt::MoveAction || (parent.isValid() && parent.model() != this))
        return false;
    const QStringList ids = decodeIds(data);
    return !ids.isEmpty() && std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        return m_location.contains(id);
    });
}

bool PlanModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = decodeIds(data);
    ReleasePlan edited = m_plan;
    // Track the target by batch id: indices shift as batches empty out.
    int targetId = -1;
    int position = -1;
    if (!parent.isValid()) {
        // Between batches (or below the last one): a new batch there.
        const int at = row < 0 ? int(edited.batches.size()) : row;
        edited = Planner::moveTicketToNewBatch(edited, ids.first(), at);
        targetId = edited.batches.at(edited.batchIndexOf(ids.first())).id;
        position = 1;
    } else if (parent.internalId() == 0) {
        targetId = edited.batches.at(parent.row()).id;
        position = row;
    } else {
        targetId = int(parent.internalId()); // onto a ticket: before it, in its batch
        position = parent.row();
    }
    for (int i = parent.isValid() ? 0 : 1; i < ids.size(); ++i) {
        const int target = edited.batchById(targetId);
        if (target < 0)
            break;
        const int from = edited.batchIndexOf(ids.at(i));
        const int fromRow = int(edited.batches.at(from).ticketIds.indexOf(ids.at(i)));
        edited = Planner::moveTicket(edited, ids.at(i), target, position);
        if (position >= 0 && !(from == target && fromRow < position))
            ++position;
    }
    if (describeSame(edited))
        return false;
    applyEditedPlan(edited);
    return true;
}

Qt::DropActions PlanModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions PlanModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
