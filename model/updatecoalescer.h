#pragma once

#include "ticketupdate.h"

#include <QList>
#include <QObject>
#include <QTimer>

// Collects per-ticket updates and hands them on in one list after a short quiet period: the
// executor reports every ticket on its own, but a view repaints best when a whole burst arrives
// as a few contiguous dataChanged spans. TicketTableModel queues the executor's updates here.
class UpdateCoalescer final : public QObject
{
    Q_OBJECT
public:
    explicit UpdateCoalescer(QObject *parent = nullptr);

    void add(const TicketUpdate &update);
    void flush(); // now, if anything is queued
    int interval() const { return m_timer.interval(); }
    bool isEmpty() const { return m_pending.isEmpty(); }
    void clear();

signals:
    void flushed(const QList<TicketUpdate> &updates);

private:
    QList<TicketUpdate> m_pending;
    QTimer m_timer;
};
