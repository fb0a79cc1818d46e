#include "planmodel.h"

#include "planner.h"
#include "tickettablemodel.h"

#include <QCoreApplication>
#include <QFont>
#include <QFuture>
#include <QPromise>
#include <QThreadPool>

#include <memory>

// Index scheme: a batch row carries internalId 0; a ticket row carries its batch's id (never 0),
// which survives batch moves, so parent() is a hash look-up and persistent indexes stay valid.

namespace {
QVariant idRawValue(const QString &id)
{
    bool ok = false;
    const qlonglong number = id.toLongLong(&ok);
    return ok ? QVariant(number) : QVariant(id);
}
} // namespace

PlanModel::PlanModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QString PlanModel::ticketIdsMimeType()
{
    return QStringLiteral("application/x-releasedesk-ticket-ids");
}

void PlanModel::setPlan(
    const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
{
    beginResetModel();
    m_plan = plan;
    // Ticket rows need unique, non-zero batch ids (0 marks a batch row).
    QSet<int> ids;
    for (const PlanBatch &batch : std::as_const(m_plan.batches))
        ids.insert(batch.id);
    if (ids.size() != m_plan.batches.size() || ids.contains(0) || ids.contains(-1)) {
        for (int b = 0; b < m_plan.batches.size(); ++b)
            m_plan.batches[b].id = b + 1;
    }
    m_tickets = tickets;
    m_hints = hints;
    m_ticketById.clear();
    m_ticketById.reserve(tickets.size());
    m_stateByTicket.resize(tickets.size());
    for (int i = 0; i < tickets.size(); ++i) {
        m_stateByTicket[i] = tickets.at(i).state;
        if (!m_ticketById.contains(tickets.at(i).id))
            m_ticketById.insert(tickets.at(i).id, i);
    }
    rebuildLocations();
    // The old plan's violations name batches that no longer exist.
    const bool hadViolations = !m_violations.isEmpty();
    m_violations.clear();
    endResetModel();
    if (hadViolations)
        emit violationsChanged(m_violations);
    revalidate();
}

void PlanModel::clear()
{
    setPlan({}, {}, m_hints);
}

void PlanModel::rebuildLocations()
{
    m_location.clear();
    m_location.reserve(m_plan.plannedCount());
    m_doneCount.clear();
    m_counts.clear();
    reindexBatches();
    for (int b = 0; b < m_plan.batches.size(); ++b)
        indexBatch(b);
}

void PlanModel::indexBatch(int b)
{
    const PlanBatch &batch = m_plan.batches.at(b);
    int done = 0;
    RunCounts counts;
    for (int r = 0; r < batch.ticketIds.size(); ++r) {
        const QString &id = batch.ticketIds.at(r);
        m_location.insert(id, { batch.id, r });
        const ReleaseState state = ticketState(id);
        counts.add(state);
        if (isFinalState(state))
            ++done;
    }
    m_doneCount.insert(batch.id, done);
    m_counts.insert(batch.id, counts);
}

void PlanModel::revalidate()
{
    const quint64 generation = ++m_validation;
    if (m_plan.plannedCount() <= asyncValidationThreshold()) {
        m_validating = false;
        setViolations(Planner::validate(m_plan, m_tickets, m_hints));
        return;
    }
    // Copies are cheap (implicitly shared) and only read on the pool thread.
    m_validating = true;
    auto promise = std::make_shared<QPromise<QList<PlanViolation>>>();
    QFuture<QList<PlanViolation>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, plan = m_plan, tickets = m_tickets, hints = m_hints] {
            promise->addResult(Planner::validate(plan, tickets, hints));
            promise->finish();
        });
    future.then(this, [this, generation](const QList<PlanViolation> &violations) {
        if (generation != m_validation)
            return; // the plan changed again meanwhile
        m_validating = false;
        setViolations(violations);
    });
}

void PlanModel::setViolations(QList<PlanViolation> violations)
{
    auto same = [](const QList<PlanViolation> &a, const QList<PlanViolation> &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (a.at(i).kind != b.at(i).kind || a.at(i).message != b.at(i).message)
                return false;
        }
        return true;
    };
    if (same(violations, m_violations))
        return;
    m_violations = std::move(violations);
    // Tool tips show a batch's violations: refresh them.
    if (!m_plan.batches.isEmpty()) {
        emit dataChanged(
            batchIndex(0), batchIndex(int(m_plan.batches.size()) - 1), { Qt::ToolTipRole });
    }
    emit violationsChanged(m_violations);
}

void PlanModel::applyUpdates(const QList<TicketUpdate> &updates)
{
    QHash<int, QList<int>> rowsByBatch; // batch index → changed rows
    for (const TicketUpdate &update : updates) {
        if (!update.state)
            continue;
        const int i = m_ticketById.value(update.id, -1);
        if (i < 0 || m_stateByTicket.at(i) == *update.state)
            continue;
        const ReleaseState old = std::exchange(m_stateByTicket[i], *update.state);
        const auto at = m_location.constFind(update.id);
        if (at == m_location.constEnd())
            continue;
        m_doneCount[at->batchId]
            += (isFinalState(*update.state) ? 1 : 0) - (isFinalState(old) ? 1 : 0);
        RunCounts &counts = m_counts[at->batchId];
        counts.remove(old);
        counts.add(*update.state);
        rowsByBatch[m_batchRowById.value(at->batchId)].append(at->row);
    }
    const QList<int> stateRoles = { Qt::DisplayRole, RawValueRole, StateRole };
    for (auto it = rowsByBatch.begin(); it != rowsByBatch.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end());
        const QModelIndex parent = batchIndex(it.key());
        for (int i = 0; i < rows.size();) {
            int j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
                ++j;
            emit dataChanged(index(rows.at(i), StateColumn, parent),
                index(rows.at(j), StateColumn, parent), stateRoles);
            i = j + 1;
        }
        // The batch's state says what happened to it, so it changes with its tickets.
        emit dataChanged(batchIndex(it.key(), StateColumn), batchIndex(it.key(), ProgressColumn),
            { Qt::DisplayRole, RawValueRole, ProgressRole, CountsRole });
    }
}

ReleaseState PlanModel::ticketState(const QString &ticketId) const
{
    const int i = m_ticketById.value(ticketId, -1);
    return i >= 0 ? m_stateByTicket.at(i) : ReleaseState::Pending;
}

int PlanModel::batchDoneCount(int batchIndex) const
{
    if (batchIndex < 0 || batchIndex >= m_plan.batches.size())
        return 0;
    return m_doneCount.value(m_plan.batches.at(batchIndex).id);
}

RunCounts PlanModel::batchCounts(int batchIndex) const
{
    if (batchIndex < 0 || batchIndex >= m_plan.batches.size())
        return {};
    return m_counts.value(m_plan.batches.at(batchIndex).id);
}

QString PlanModel::batchStateText(int b) const
{
    if (b < 0 || b >= m_plan.batches.size())
        return {};
    const PlanBatch &batch = m_plan.batches.at(b);
    const RunCounts counts = batchCounts(b);
    const int bad = counts.failed + counts.unknown;
    if (counts.settled() == 0) {
        if (!batch.approved)
            return tr("not approved");
        return QCoreApplication::translate("PlanModel", "approved by %1").arg(batch.approvedBy);
    }
    if (counts.remaining > 0)
        return bad > 0 ? tr("running, some failed") : tr("running");
    if (counts.released == counts.total())
        return tr("done");
    if (counts.skipped == counts.total())
        return tr("skipped");
    if (bad == counts.total())
        return tr("failed");
    if (bad > 0)
        return tr("partly failed");
    return tr("stopped"); // some released, the rest skipped: the run ended inside this batch
}

bool PlanModel::touchesProduction(int b) const
{
    if (b < 0 || b >= m_plan.batches.size() || m_hints.productionEnvironments.isEmpty())
        return false;
    for (const QString &id : m_plan.batches.at(b).ticketIds) {
        const ReleaseTicket *t = ticket(id);
        if (t && m_hints.isProduction(t->environment))
            return true;
    }
    return false;
}

QString PlanModel::batchTitle(int b) const
{
    if (b < 0 || b >= m_plan.batches.size())
        return {};
    const PlanBatch &batch = m_plan.batches.at(b);
    // Named by id, not position: the name stays put while batches move (and views keep the
    // text of rows they did not touch).
    return batch.size() == 1
        ? QCoreApplication::translate("PlanModel", "Batch %1 · %2 · 1 ticket")
              .arg(QString::number(batch.id), PlanBatch::kindText(batch.kind))
        : QCoreApplication::translate("PlanModel", "Batch %1 · %2 · %3 tickets")
              .arg(QString::number(batch.id), PlanBatch::kindText(batch.kind),
                  QString::number(batch.size()));
}

const ReleaseTicket *PlanModel::ticket(const QString &ticketId) const
{
    const int i = m_ticketById.value(ticketId, -1);
    return i >= 0 ? &m_tickets.at(i) : nullptr;
}

int PlanModel::heldPendingCount() const
{
    int count = 0;
    for (const HeldTicket &held : m_plan.held) {
        const ReleaseTicket *t = ticket(held.ticketId);
        count += t && t->pendingOnPortal && held.reason != HeldTicket::Reason::NotPending ? 1 : 0;
    }
    return count;
}

int PlanModel::batchProgress(int batchIndex) const
{
    if (batchIndex < 0 || batchIndex >= m_plan.batches.size())
        return 0;
    const int total = m_plan.batches.at(batchIndex).size();
    return total > 0 ? batchDoneCount(batchIndex) * 100 / total : 100;
}

void PlanModel::emitBatchChanged(int batch)
{
    emit dataChanged(batchIndex(batch, 0), batchIndex(batch, ColumnCount - 1));
    const int rows = m_plan.batches.at(batch).size();
    if (rows > 0) {
        const QModelIndex parent = batchIndex(batch);
        emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    }
}

QModelIndex PlanModel::batchIndex(int batchIndex, int column) const
{
    if (batchIndex < 0 || batchIndex >= m_plan.batches.size() || column < 0
        || column >= ColumnCount)
        return {};
    return createIndex(batchIndex, column, quintptr(0));
}

QModelIndex PlanModel::ticketIndex(const QString &ticketId, int column) const
{
    const auto at = m_location.constFind(ticketId);
    if (at == m_location.constEnd() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(at->row, column, quintptr(at->batchId));
}

QString PlanModel::ticketIdAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == 0)
        return {};
    const int batch = m_batchRowById.value(int(index.internalId()), -1);
    if (batch < 0)
        return {};
    return m_plan.batches.at(batch).ticketIds.value(index.row());
}

int PlanModel::batchIndexAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    if (index.internalId() == 0)
        return index.row();
    return m_batchRowById.value(int(index.internalId()), -1);
}

QModelIndex PlanModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_plan.batches.at(parent.row()).id));
}

QModelIndex PlanModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int batch = m_batchRowById.value(int(child.internalId()), -1);
    return batch < 0 ? QModelIndex() : createIndex(batch, 0, quintptr(0));
}

int PlanModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_plan.batches.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return m_plan.batches.at(parent.row()).size();
}

int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant PlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return batchData(index.row(), index.column(), role);
    const int batch = m_batchRowById.value(int(index.internalId()), -1);
    return batch < 0 ? QVariant() : ticketData(batch, index.row(), index.column(), role);
}

QVariant PlanModel::batchData(int b, int column, int role) const
{
    const PlanBatch &batch = m_plan.batches.at(b);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return touchesProduction(b)
                ? batchTitle(b) + QStringLiteral(" · ")
                    + QCoreApplication::translate("PlanModel", "PRODUCTION")
                : batchTitle(b);
        case StateColumn:
            return batchStateText(b);
        case ProgressColumn: {
            // Released of total, not settled of total: skipped and failed are not progress.
            const RunCounts counts = batchCounts(b);
            return counts.settled() == counts.released
                ? QStringLiteral("%1 / %2").arg(counts.released).arg(batch.size())
                : QCoreApplication::translate("PlanModel", "%1 / %2 released, %3 not")
                      .arg(counts.released)
                      .arg(batch.size())
                      .arg(counts.settled() - counts.released);
        }
        default:
            return {};
        }
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return b;
        case StateColumn:
            return batch.approved;
        case ProgressColumn:
            return batchProgress(b);
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const PlanViolation &violation : m_violations) {
            if (violation.batchIndex == b)
                lines.append(violation.message);
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case BatchIndexRole:
        return b;
    case ProgressRole:
        return batchProgress(b);
    case CountsRole:
        return QVariant::fromValue(batchCounts(b));
    case ProductionRole:
        return touchesProduction(b);
    case Qt::FontRole:
        if (column == NameColumn && touchesProduction(b)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case IsBatchRole:
        return true;
    case TicketIdRole:
        return QString();
    default:
        return {};
    }
}

QVariant PlanModel::ticketData(int b, int row, int column, int role) const
{
    const PlanBatch &batch = m_plan.batches.at(b);
    const QString &id = batch.ticketIds.at(row);
    const int ticketRow = m_ticketById.value(id, -1);
    const ReleaseTicket *ticket = ticketRow >= 0 ? &m_tickets.at(ticketRow) : nullptr;
    const ReleaseState state = ticketState(id);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return QString(QLatin1Char('#') + id);
        case ApplicationColumn:
            return ticket ? ticket->application : QString();
        case VersionColumn:
            return ticket ? ticket->version : QString();
        case StateColumn:
            return TicketTableModel::stateText(state);
        case ReasonColumn:
            return batch.reason(id);
        default:
            return {};
        }
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return idRawValue(id);
        case StateColumn:
            return int(state);
        case ProgressColumn:
            return {};
        default:
            return ticketData(b, row, column, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        QStringList lines { batch.reason(id) };
        for (const PlanViolation &violation : m_violations) {
            if (violation.ticketIds.contains(id))
                lines.append(violation.message);
        }
        lines.removeAll(QString());
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case TicketIdRole:
        return id;
    case StateRole:
        return int(state);
    case BatchIndexRole:
        return b;
    case IsBatchRole:
        return false;
    default:
        return {};
    }
}

QVariant PlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return QCoreApplication::translate("PlanModel", "Batch / ticket");
    case ApplicationColumn:
        return QCoreApplication::translate("PlanModel", "Application");
    case VersionColumn:
        return QCoreApplication::translate("PlanModel", "Version");
    case StateColumn:
        return QCoreApplication::translate("PlanModel", "State");
    case ProgressColumn:
        return QCoreApplication::translate("PlanModel", "Progress");
    case ReasonColumn:
        return QCoreApplication::translate("PlanModel", "Reason");
    default:
        return {};
    }
}

Qt::ItemFlags PlanModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // between batches: a new batch there
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled
        | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> PlanModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(TicketIdRole, "ticketId");
    names.insert(StateRole, "releaseState");
    names.insert(BatchIndexRole, "batchIndex");
    names.insert(ProgressRole, "progress");
    names.insert(IsBatchRole, "isBatch");
    names.insert(CountsRole, "counts");
    names.insert(ProductionRole, "production");
    return names;
}
