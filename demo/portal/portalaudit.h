#pragma once

#include "demoticket.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

// What the portal saw, for tests and benchmarks to check a client against (GET /_audit).
// A "release call" is a /release request that reached the release handler (valid session and
// token); refused calls (wrong token, injected drops before the handler) are recorded too but
// take no part in duplicate and violation checks.
class PortalAudit
{
public:
    void countRequest() { ++m_requests; }
    void countLogin(bool ok) { ++(ok ? m_logins : m_loginsFailed); }
    void countRateLimited(bool banned);
    void countFault() { ++m_faultsInjected; }
    void noteInFlight(int inFlight) { m_peakInFlight = qMax(m_peakInFlight, inFlight); }
    // A list page served in full (page number as the flavour numbers it, 1-based): lets a test
    // tell which pages a client read again.
    void countPageRead(int page) { ++m_pageReads[page]; }

    // Opens a release call; checks it against every open call and the dependencies that are
    // not released yet. Returns the call's id for endCall().
    int beginCall(const DemoTicket &ticket, const QStringList &unreleasedDependencies, qint64 nowMs,
        quint64 connection);
    // fault: the injected fault that shaped the answer, if any. httpStatus 0: nothing was sent.
    void endCall(
        int callId, qint64 nowMs, const QString &result, int httpStatus, const QString &fault = {});
    // A /release request that never reached the handler.
    void recordRefused(int ticket, const QString &app, qint64 nowMs, quint64 connection,
        const QString &result, int httpStatus, const QString &fault = {});

    int openCalls() const { return int(m_open.size()); }
    QJsonObject toJson(int inFlightNow) const;
    // Forgets the record; calls still open keep counting for overlaps with later calls.
    void reset();

private:
    struct Record
    {
        int ticket = 0;
        QString app;
        qint64 startMs = 0;
        qint64 endMs = -1;
        QString result;
        int httpStatus = 0;
        quint64 connection = 0;
        QString fault;
    };
    struct OpenCall
    {
        int ticket = 0;
        QString app;
        bool concurrent = true;
    };

    QList<Record> m_records;
    QHash<int, qsizetype> m_recordOfCall; // call id → index in m_records
    QHash<int, OpenCall> m_open;
    QHash<int, int> m_callsPerTicket;
    QStringList m_violations;
    QMap<int, int> m_pageReads; // page number → reads
    int m_nextCall = 1;
    int m_requests = 0;
    int m_logins = 0;
    int m_loginsFailed = 0;
    int m_rateLimited = 0;
    int m_bans = 0;
    int m_faultsInjected = 0;
    int m_peakInFlight = 0;
    int m_peakReleaseInFlight = 0;
};
