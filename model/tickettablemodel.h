#pragma once

#include "itemroles.h"
#include "releaseticket.h"
#include "ticketupdate.h"
#include "updatecoalescer.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

// The scraped tickets as a flat table. Rows only ever get appended (one insert per
// page) or reset, so a row number stays valid until clear()/replaceTickets(); id → row is a hash.
// State changes arrive as TicketUpdate values and leave as dataChanged over contiguous row spans
// carrying only the roles that changed. Lives on the GUI thread.
class TicketTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        ApplicationColumn,
        VersionColumn,
        EnvironmentColumn,
        SubmitterColumn,
        DependenciesColumn,
        ConcurrentColumn,
        PortalStatusColumn,
        StateColumn,
        MessageColumn,
        StandardColumnCount // extra columns (setExtraColumns) follow from here
    };
    enum Role {
        RawValueRole = ItemRoles::RawValue,
        TicketIdRole = ItemRoles::TicketId,
        StateRole = ItemRoles::State,
    };

    explicit TicketTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Columns for ReleaseTicket::extra keys the profile names; labels default to the names.
    void setExtraColumns(const QStringList &names, const QStringList &labels = {});

    // One beginInsertRows/endInsertRows for the whole list (a scraped page).
    void appendTickets(const QList<ReleaseTicket> &tickets);
    // Whole new content (a fresh scrape): one model reset.
    void replaceTickets(const QList<ReleaseTicket> &tickets);
    void clear();

    const ReleaseTicket &ticket(int row) const { return m_tickets.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); } // first row with id
    const QList<ReleaseTicket> &tickets() const { return m_tickets; }

    // Applies now; signals one dataChanged per contiguous span of changed rows.
    void applyUpdates(const QList<TicketUpdate> &updates);
    // Queues and applies on a short timer, so a burst of per-ticket changes from the executor
    // becomes a few dataChanged signals, not one per ticket.
    void scheduleUpdate(const TicketUpdate &update);
    void flushScheduledUpdates();

    static QString stateText(ReleaseState state); // translated, for display

signals:
    // After applyUpdates (scheduled or direct): the ids whose state changed.
    void statesChanged(const QStringList &ids);

private:
    QVariant displayValue(const ReleaseTicket &ticket, int column) const;
    QVariant rawValue(const ReleaseTicket &ticket, int column) const;
    void indexRows(int first);

    QList<ReleaseTicket> m_tickets;
    QHash<QString, int> m_rowById;
    QStringList m_extraNames;
    QStringList m_extraLabels;
    UpdateCoalescer m_coalescer;
};
