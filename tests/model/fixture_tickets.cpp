#include "fixture_tickets.h"

#include "planner.h"

#include <QHash>
#include <QSet>

#include <algorithm>

QList<ReleaseTicket> ticketsFromSpec(const QString &spec)
{
    QList<ReleaseTicket> tickets;
    for (const QString &token : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        ReleaseTicket ticket;
        QString rest = token;
        const qsizetype at = rest.indexOf(QLatin1Char('@'));
        if (at >= 0) {
            const QString status = rest.mid(at + 1);
            rest.truncate(at);
            if (status == u"succeeded") {
                ticket.state = ReleaseState::Succeeded;
            } else {
                ticket.pendingOnPortal = false;
                ticket.portalStatus = status;
            }
        } else {
            ticket.portalStatus = QStringLiteral("pending");
        }
        if (rest.endsWith(QLatin1Char('!'))) {
            ticket.concurrent = false;
            rest.chop(1);
        }
        const qsizetype lt = rest.indexOf(QLatin1Char('<'));
        if (lt >= 0) {
            ticket.dependencies = rest.mid(lt + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            rest.truncate(lt);
        }
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        ticket.id = rest.left(colon);
        ticket.application = colon >= 0 ? rest.mid(colon + 1) : QString();
        tickets.append(ticket);
    }
    return tickets;
}

QString describePlan(const ReleasePlan &plan)
{
    QStringList parts;
    for (const PlanBatch &batch : plan.batches) {
        parts.append(
            (batch.kind == PlanBatch::Kind::Parallel ? QStringLiteral("P[") : QStringLiteral("S["))
            + batch.ticketIds.join(QLatin1Char(',')) + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

QString heldReasonName(HeldTicket::Reason reason)
{
    switch (reason) {
    case HeldTicket::Reason::NotPending:
        return QStringLiteral("notpending");
    case HeldTicket::Reason::DependencyMissing:
        return QStringLiteral("missing");
    case HeldTicket::Reason::DependencyFailed:
        return QStringLiteral("failed");
    case HeldTicket::Reason::DependencyHeld:
        return QStringLiteral("held");
    case HeldTicket::Reason::Cycle:
        return QStringLiteral("cycle");
    case HeldTicket::Reason::DuplicateId:
        return QStringLiteral("duplicate");
    case HeldTicket::Reason::ExcludedByUser:
        return QStringLiteral("excluded");
    }
    return {};
}

QString describeHeld(const ReleasePlan &plan)
{
    QStringList parts;
    for (const HeldTicket &held : plan.held)
        parts.append(held.ticketId + QLatin1Char(':') + heldReasonName(held.reason));
    std::sort(parts.begin(), parts.end());
    return parts.join(QLatin1Char(' '));
}

QStringList independentCheck(
    const ReleasePlan &plan, const QList<ReleaseTicket> &tickets, const PlanningHints &hints)
{
    QStringList failures;
    QHash<QString, const ReleaseTicket *> byId;
    for (const ReleaseTicket &ticket : tickets) {
        if (!byId.contains(ticket.id))
            byId.insert(ticket.id, &ticket);
    }
    struct Pos
    {
        int batch;
        int row;
    };
    QHash<QString, Pos> pos;
    for (int b = 0; b < plan.batches.size(); ++b) {
        const PlanBatch &batch = plan.batches.at(b);
        if (batch.ticketIds.isEmpty())
            failures.append(QStringLiteral("empty batch %1").arg(b));
        QSet<QString> keys;
        for (int r = 0; r < batch.ticketIds.size(); ++r) {
            const QString &id = batch.ticketIds.at(r);
            if (pos.contains(id))
                failures.append(QStringLiteral("%1 planned twice").arg(id));
            pos.insert(id, { b, r });
            const ReleaseTicket *ticket = byId.value(id);
            if (!ticket) {
                failures.append(QStringLiteral("%1 unknown").arg(id));
                continue;
            }
            if (!ticket->pendingOnPortal
                || (ticket->state != ReleaseState::Pending
                    && ticket->state != ReleaseState::Approved))
                failures.append(QStringLiteral("%1 planned but not pending").arg(id));
            if (batch.kind != PlanBatch::Kind::Parallel)
                continue;
            if (Planner::isNonConcurrent(*ticket, hints) && batch.size() > 1)
                failures.append(
                    QStringLiteral("%1 not concurrent in batch of %2").arg(id).arg(batch.size()));
            const QString key = ticket->field(hints.conflictKey).trimmed();
            if (!key.isEmpty() && keys.contains(key))
                failures.append(QStringLiteral("conflict %1 in batch %2").arg(key).arg(b));
            keys.insert(key.isEmpty() ? QString() : key);
            keys.remove(QString());
        }
    }
    for (auto it = pos.cbegin(); it != pos.cend(); ++it) {
        const ReleaseTicket *ticket = byId.value(it.key());
        if (!ticket)
            continue;
        for (const QString &dep : Planner::dependenciesOf(*ticket, hints)) {
            if (!pos.contains(dep)) {
                const ReleaseTicket *depTicket = byId.value(dep);
                if (!depTicket || !Planner::isReleased(*depTicket, hints))
                    failures.append(QStringLiteral("%1 needs unplanned %2").arg(it.key(), dep));
                continue;
            }
            const Pos d = pos.value(dep);
            const Pos t = it.value();
            const bool before = d.batch < t.batch
                || (d.batch == t.batch && plan.batches.at(t.batch).kind == PlanBatch::Kind::Serial
                    && d.row < t.row);
            if (!before)
                failures.append(QStringLiteral("%1 not after %2").arg(it.key(), dep));
        }
    }
    // Every first-occurrence pending ticket is planned or held, exactly once overall.
    QHash<QString, int> heldCount;
    for (const HeldTicket &held : plan.held)
        heldCount[held.ticketId] += 1;
    QSet<QString> seen;
    for (const ReleaseTicket &ticket : tickets) {
        if (seen.contains(ticket.id))
            continue;
        seen.insert(ticket.id);
        const bool planned = pos.contains(ticket.id);
        const bool pending = Planner::isPlannable(ticket);
        if (pending && !planned && heldCount.value(ticket.id) == 0)
            failures.append(QStringLiteral("%1 lost").arg(ticket.id));
        if (planned && heldCount.value(ticket.id) > 0) {
            // A duplicate id may be held while its first occurrence is planned.
            const bool onlyDuplicates
                = std::all_of(plan.held.cbegin(), plan.held.cend(), [&](const HeldTicket &held) {
                      return held.ticketId != ticket.id
                          || held.reason == HeldTicket::Reason::DuplicateId;
                  });
            if (!onlyDuplicates)
                failures.append(QStringLiteral("%1 both planned and held").arg(ticket.id));
        }
    }
    return failures;
}
