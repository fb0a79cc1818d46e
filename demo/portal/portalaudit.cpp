#include "portalaudit.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void PortalAudit::countRateLimited(bool banned)
{
    ++m_rateLimited;
    if (banned)
        ++m_bans;
}

int PortalAudit::beginCall(const DemoTicket &ticket, const QStringList &unreleasedDependencies,
    qint64 nowMs, quint64 connection)
{
    for (const OpenCall &other : std::as_const(m_open)) {
        if (other.ticket == ticket.id)
            continue; // the same ticket twice is a duplicate, reported as such
        if (other.app == ticket.application) {
            m_violations.append(
                u"#%1 and #%2 of %3 were released at the same time (same application)"_s
                    .arg(other.ticket)
                    .arg(ticket.id)
                    .arg(ticket.application));
        }
        if (!ticket.concurrent || !other.concurrent) {
            const int alone = ticket.concurrent ? other.ticket : ticket.id;
            m_violations.append(
                u"#%1 and #%2 were released at the same time, but #%3 is not concurrent"_s
                    .arg(other.ticket)
                    .arg(ticket.id)
                    .arg(alone));
        }
    }
    for (const QString &dependency : unreleasedDependencies)
        m_violations.append(
            u"#%1 was released while its dependency %2"_s.arg(ticket.id).arg(dependency));

    const int call = m_nextCall++;
    m_open.insert(call, OpenCall { ticket.id, ticket.application, ticket.concurrent });
    m_peakReleaseInFlight = qMax(m_peakReleaseInFlight, int(m_open.size()));
    ++m_callsPerTicket[ticket.id];
    m_recordOfCall.insert(call, m_records.size());
    m_records.append(
        Record { ticket.id, ticket.application, nowMs, -1, u"in-flight"_s, 0, connection, {} });
    return call;
}

void PortalAudit::endCall(
    int callId, qint64 nowMs, const QString &result, int httpStatus, const QString &fault)
{
    m_open.remove(callId);
    const auto it = m_recordOfCall.constFind(callId);
    if (it == m_recordOfCall.constEnd())
        return; // the audit was reset while the call was open
    Record &record = m_records[*it];
    record.endMs = nowMs;
    record.result = result;
    record.httpStatus = httpStatus;
    record.fault = fault;
    m_recordOfCall.erase(it);
}

void PortalAudit::recordRefused(int ticket, const QString &app, qint64 nowMs, quint64 connection,
    const QString &result, int httpStatus, const QString &fault)
{
    m_records.append(Record { ticket, app, nowMs, nowMs, result, httpStatus, connection, fault });
}

QJsonObject PortalAudit::toJson(int inFlightNow) const
{
    QJsonArray releases;
    for (const Record &record : m_records) {
        QJsonObject object {
            { u"ticket"_s, record.ticket },
            { u"app"_s, record.app },
            { u"start_ms"_s, record.startMs },
            { u"end_ms"_s, record.endMs },
            { u"result"_s, record.result },
            { u"http_status"_s, record.httpStatus },
            { u"connection"_s, qint64(record.connection) },
        };
        if (!record.fault.isEmpty())
            object.insert(u"fault"_s, record.fault);
        releases.append(object);
    }
    QList<int> duplicateIds;
    for (auto it = m_callsPerTicket.begin(); it != m_callsPerTicket.end(); ++it) {
        if (it.value() > 1)
            duplicateIds.append(it.key());
    }
    std::sort(duplicateIds.begin(), duplicateIds.end());
    QJsonArray duplicates;
    for (int id : duplicateIds)
        duplicates.append(id);
    QJsonObject pageReads;
    for (auto it = m_pageReads.begin(); it != m_pageReads.end(); ++it)
        pageReads.insert(QString::number(it.key()), it.value());
    return QJsonObject {
        { u"requests"_s, m_requests },
        { u"logins"_s, m_logins },
        { u"logins_failed"_s, m_loginsFailed },
        { u"rate_limited"_s, m_rateLimited },
        { u"bans"_s, m_bans },
        { u"faults_injected"_s, m_faultsInjected },
        { u"in_flight"_s, inFlightNow },
        { u"peak_in_flight"_s, m_peakInFlight },
        { u"release_in_flight"_s, int(m_open.size()) },
        { u"peak_release_in_flight"_s, m_peakReleaseInFlight },
        { u"releases"_s, releases },
        { u"duplicates"_s, duplicates },
        { u"violations"_s, QJsonArray::fromStringList(m_violations) },
        { u"page_reads"_s, pageReads },
    };
}

void PortalAudit::reset()
{
    m_records.clear();
    m_recordOfCall.clear();
    m_callsPerTicket.clear();
    m_violations.clear();
    m_pageReads.clear();
    m_requests = m_logins = m_loginsFailed = m_rateLimited = m_bans = m_faultsInjected = 0;
    m_peakInFlight = 0;
    m_peakReleaseInFlight = int(m_open.size());
}
