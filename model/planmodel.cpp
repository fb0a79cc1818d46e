#include "planmodel.h"

// Placeholder so the header can be used while the implementation lands (issue 6).

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
    m_tickets = tickets;
    m_hints = hints;
    endResetModel();
}
void PlanModel::clear()
{
    setPlan({}, {}, m_hints);
}
void PlanModel::setTicketStates(const QHash<QString, ReleaseState> &states)
{
    m_states = states;
}
void PlanModel::applyUpdates(const QList<TicketUpdate> &)
{
}
ReleaseState PlanModel::ticketState(const QString &id) const
{
    return m_states.value(id);
}
int PlanModel::batchDoneCount(int) const
{
    return 0;
}
int PlanModel::batchProgress(int) const
{
    return 0;
}
bool PlanModel::moveTicket(const QString &, int, int)
{
    return false;
}
bool PlanModel::moveTicketToNewBatch(const QString &, int)
{
    return false;
}
bool PlanModel::splitBatch(int, const QStringList &)
{
    return false;
}
bool PlanModel::mergeBatches(int, int)
{
    return false;
}
bool PlanModel::setBatchKind(int, PlanBatch::Kind)
{
    return false;
}
bool PlanModel::excludeTicket(const QString &, const QString &)
{
    return false;
}
bool PlanModel::includeTicket(const QString &)
{
    return false;
}
void PlanModel::approveBatch(int, const QString &, const QDateTime &)
{
}
void PlanModel::applyEditedPlan(const ReleasePlan &)
{
}
QModelIndex PlanModel::batchIndex(int, int) const
{
    return {};
}
QModelIndex PlanModel::ticketIndex(const QString &, int) const
{
    return {};
}
QString PlanModel::ticketIdAt(const QModelIndex &) const
{
    return {};
}
int PlanModel::batchIndexAt(const QModelIndex &) const
{
    return -1;
}
QModelIndex PlanModel::index(int, int, const QModelIndex &) const
{
    return {};
}
QModelIndex PlanModel::parent(const QModelIndex &) const
{
    return {};
}
int PlanModel::rowCount(const QModelIndex &) const
{
    return 0;
}
int PlanModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}
QVariant PlanModel::data(const QModelIndex &, int) const
{
    return {};
}
QVariant PlanModel::headerData(int, Qt::Orientation, int) const
{
    return {};
}
Qt::ItemFlags PlanModel::flags(const QModelIndex &) const
{
    return {};
}
QHash<int, QByteArray> PlanModel::roleNames() const
{
    return QAbstractItemModel::roleNames();
}
QStringList PlanModel::mimeTypes() const
{
    return { ticketIdsMimeType() };
}
QMimeData *PlanModel::mimeData(const QModelIndexList &) const
{
    return nullptr;
}
bool PlanModel::canDropMimeData(
    const QMimeData *, Qt::DropAction, int, int, const QModelIndex &) const
{
    return false;
}
bool PlanModel::dropMimeData(const QMimeData *, Qt::DropAction, int, int, const QModelIndex &)
{
    return false;
}
Qt::DropActions PlanModel::supportedDropActions() const
{
    return Qt::MoveAction;
}
Qt::DropActions PlanModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
QVariant PlanModel::batchData(int, int, int) const
{
    return {};
}
QVariant PlanModel::ticketData(int, int, int, int) const
{
    return {};
}
void PlanModel::revalidate()
{
}
void PlanModel::rebuildLocations()
{
}
void PlanModel::emitBatchChanged(int)
{
}
