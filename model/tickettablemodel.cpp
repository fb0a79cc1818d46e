#include "tickettablemodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("TicketTableModel", "Yes")
                 : QCoreApplication::translate("TicketTableModel", "No");
}

// Numeric ids sort as numbers ("2" < "10"); anything else as text.
QVariant idRawValue(const QString &id)
{
    bool ok = false;
    const qlonglong number = id.toLongLong(&ok);
    return ok ? QVariant(number) : QVariant(id);
}
} // namespace

TicketTableModel::TicketTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_coalescer, &UpdateCoalescer::flushed, this, &TicketTableModel::applyUpdates);
}

int TicketTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

int TicketTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StandardColumnCount + int(m_extraNames.size());
}

QVariant TicketTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReleaseTicket &ticket = m_tickets.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(ticket, index.column());
    case RawValueRole:
        return rawValue(ticket, index.column());
    case TicketIdRole:
        return ticket.id;
    case StateRole:
        return int(ticket.state);
    case Qt::ToolTipRole:
        if (index.column() == StateColumn || index.column() == MessageColumn)
            return ticket.message.isEmpty() ? QVariant() : QVariant(ticket.message);
        return {};
    default:
        return {};
    }
}

QVariant TicketTableModel::displayValue(const ReleaseTicket &ticket, int column) const
{
    switch (column) {
    case IdColumn:
        return ticket.id;
    case ApplicationColumn:
        return ticket.application;
    case VersionColumn:
        return ticket.version;
    case EnvironmentColumn:
        return ticket.environment;
    case SubmitterColumn:
        return ticket.submitter;
    case DependenciesColumn:
        return ticket.dependencies.join(QStringLiteral(", "));
    case ConcurrentColumn:
        return yesNo(ticket.concurrent);
    case PortalStatusColumn:
        return ticket.portalStatus;
    case StateColumn:
        return stateText(ticket.state);
    case MessageColumn:
        return ticket.message;
    default:
        return ticket.extra.value(m_extraNames.value(column - StandardColumnCount));
    }
}

QVariant TicketTableModel::rawValue(const ReleaseTicket &ticket, int column) const
{
    switch (column) {
    case IdColumn:
        return idRawValue(ticket.id);
    case DependenciesColumn:
        return ticket.dependencies.join(QLatin1Char(','));
    case ConcurrentColumn:
        return ticket.concurrent;
    case StateColumn:
        return int(ticket.state);
    default:
        return displayValue(ticket, column);
    }
}

QVariant TicketTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return QCoreApplication::translate("TicketTableModel", "Ticket");
    case ApplicationColumn:
        return QCoreApplication::translate("TicketTableModel", "Application");
    case VersionColumn:
        return QCoreApplication::translate("TicketTableModel", "Version");
    case EnvironmentColumn:
        return QCoreApplication::translate("TicketTableModel", "Environment");
    case SubmitterColumn:
        return QCoreApplication::translate("TicketTableModel", "Submitter");
    case DependenciesColumn:
        return QCoreApplication::translate("TicketTableModel", "Depends on");
    case ConcurrentColumn:
        return QCoreApplication::translate("TicketTableModel", "Concurrent");
    case PortalStatusColumn:
        return QCoreApplication::translate("TicketTableModel", "Portal status");
    case StateColumn:
        return QCoreApplication::translate("TicketTableModel", "Release state");
    case MessageColumn:
        return QCoreApplication::translate("TicketTableModel", "Message");
    default:
        return m_extraLabels.value(section - StandardColumnCount);
    }
}

QHash<int, QByteArray> TicketTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(TicketIdRole, "ticketId");
    names.insert(StateRole, "releaseState");
    return names;
}

QString TicketTableModel::stateText(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Pending:
        return QCoreApplication::translate("ReleaseState", "Pending");
    case ReleaseState::Approved:
        return QCoreApplication::translate("ReleaseState", "Approved");
    case ReleaseState::Queued:
        return QCoreApplication::translate("ReleaseState", "Queued");
    case ReleaseState::Sending:
        return QCoreApplication::translate("ReleaseState", "Sending");
    case ReleaseState::Succeeded:
        return QCoreApplication::translate("ReleaseState", "Succeeded");
    case ReleaseState::Failed:
        return QCoreApplication::translate("ReleaseState", "Failed");
    case ReleaseState::Unknown:
        return QCoreApplication::translate("ReleaseState", "Unknown");
    case ReleaseState::Skipped:
        return QCoreApplication::translate("ReleaseState", "Skipped");
    }
    return {};
}

void TicketTableModel::setExtraColumns(const QStringList &names, const QStringList &labels)
{
    QStringList newLabels;
    for (int i = 0; i < names.size(); ++i)
        newLabels.append(labels.value(i).isEmpty() ? names.at(i) : labels.at(i));
    if (names == m_extraNames && newLabels == m_extraLabels)
        return;
    // Column sets differ in count and meaning: a reset is the honest signal.
    beginResetModel();
    m_extraNames = names;
    m_extraLabels = newLabels;
    endResetModel();
}

void TicketTableModel::appendTickets(const QList<ReleaseTicket> &tickets)
{
    if (tickets.isEmpty())
        return;
    const int first = int(m_tickets.size());
    beginInsertRows({}, first, first + int(tickets.size()) - 1);
    m_tickets.append(tickets);
    indexRows(first);
    endInsertRows();
}

void TicketTableModel::replaceTickets(const QList<ReleaseTicket> &tickets)
{
    beginResetModel();
    m_tickets = tickets;
    m_rowById.clear();
    m_coalescer.clear();
    indexRows(0);
    endResetModel();
}

void TicketTableModel::clear()
{
    replaceTickets({});
}

void TicketTableModel::indexRows(int first)
{
    // No reserve() here: reserving the exact size on every page would rehash every time.
    for (int row = first; row < m_tickets.size(); ++row) {
        const QString &id = m_tickets.at(row).id;
        if (!m_rowById.contains(id)) // a duplicate id keeps its first row
            m_rowById.insert(id, row);
    }
}

QStringList TicketTableModel::mergeRechecked(const QList<ReleaseTicket> &rechecked)
{
    QStringList unknown;
    QList<int> rows;
    for (const ReleaseTicket &fresh : rechecked) {
        const int row = rowOf(fresh.id);
        if (row < 0) {
            unknown.append(fresh.id);
            continue;
        }
        ReleaseTicket &ticket = m_tickets[row];
        ticket.portalStatus = fresh.portalStatus;
        ticket.pendingOnPortal = fresh.pendingOnPortal;
        ticket.retryableOnPortal = fresh.retryableOnPortal;
        ticket.version = fresh.version;
        ticket.releaseUrl = fresh.releaseUrl;
        ticket.extra = fresh.extra;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), 0), index(rows.at(j), columnCount() - 1),
            { Qt::DisplayRole, RawValueRole });
        i = j + 1;
    }
    return unknown;
}

void TicketTableModel::applyUpdates(const QList<TicketUpdate> &updates)
{
    struct Changed
    {
        int row;
        unsigned changes;
    };
    QList<Changed> changed;
    changed.reserve(updates.size());
    QStringList stateIds;
    for (const TicketUpdate &update : updates) {
        const int row = rowOf(update.id);
        if (row < 0)
            continue;
        const unsigned changes = update.applyTo(m_tickets[row]);
        if (changes == TicketUpdate::NoChange)
            continue;
        changed.append({ row, changes });
        if (changes & TicketUpdate::StateChanged)
            stateIds.append(update.id);
    }
    if (changed.isEmpty())
        return;
    std::sort(changed.begin(), changed.end(),
        [](const Changed &a, const Changed &b) { return a.row < b.row; });

    // One signal per run of adjacent rows; its columns and roles are the union over the run.
    for (int i = 0; i < changed.size();) {
        unsigned changes = changed.at(i).changes;
        int j = i;
        while (j + 1 < changed.size() && changed.at(j + 1).row <= changed.at(j).row + 1)
            changes |= changed.at(++j).changes;
        int firstColumn = columnCount();
        int lastColumn = -1;
        auto spanColumn = [&](int column) {
            firstColumn = std::min(firstColumn, column);
            lastColumn = std::max(lastColumn, column);
        };
        QList<int> roles;
        if (changes & TicketUpdate::StateChanged) {
            spanColumn(StateColumn);
            roles << Qt::DisplayRole << RawValueRole << StateRole;
        }
        if (changes & TicketUpdate::MessageChanged) {
            spanColumn(StateColumn);
            spanColumn(MessageColumn);
            if (!roles.contains(Qt::DisplayRole))
                roles << Qt::DisplayRole << RawValueRole;
            roles << Qt::ToolTipRole;
        }
        if (changes & TicketUpdate::PortalStatusChanged) {
            spanColumn(PortalStatusColumn);
            if (!roles.contains(Qt::DisplayRole))
                roles << Qt::DisplayRole << RawValueRole;
        }
        // HTTP status and times have no column of their own: views read them from ticket().
        if (lastColumn >= 0) {
            emit dataChanged(
                index(changed.at(i).row, firstColumn), index(changed.at(j).row, lastColumn), roles);
        }
        i = j + 1;
    }
    if (!stateIds.isEmpty())
        emit statesChanged(stateIds);
}

void TicketTableModel::scheduleUpdate(const TicketUpdate &update)
{
    m_coalescer.add(update);
}

void TicketTableModel::flushScheduledUpdates()
{
    m_coalescer.flush();
}
