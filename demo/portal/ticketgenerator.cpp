#include "ticketgenerator.h"

#include "portaltext.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

const char *const applications[] = { "billing", "payment-gateway", "order-service", "user-center",
    "inventory", "search", "notification", "risk-control", "coupon-service", "logistics",
    "api-gateway", "report-center", "member-points", "content-cms", "auth-service", "message-bus" };

TicketStatus randomStatus(QRandomGenerator &rng)
{
    // About 82% pending; the rest were dealt with earlier or are going out right now.
    const int roll = int(rng.bounded(100));
    if (roll < 82)
        return TicketStatus::Pending;
    if (roll < 92)
        return TicketStatus::Released;
    if (roll < 97)
        return TicketStatus::Failed;
    return TicketStatus::Releasing;
}

QList<int> randomDependencies(QRandomGenerator &rng, int id)
{
    QList<int> deps;
    const int earlier = id - TicketGenerator::firstId;
    if (earlier == 0 || rng.bounded(100) >= 15)
        return deps;
    // Dependencies point to recent lower ids only: acyclic, and realistic (a service change
    // waits for a library change filed shortly before).
    const int window = qMin(earlier, 40);
    const int wanted = rng.bounded(100) < 70 ? 1 : 2;
    while (deps.size() < qMin(wanted, window)) {
        const int dep = id - 1 - int(rng.bounded(window));
        if (!deps.contains(dep))
            deps.append(dep);
    }
    std::sort(deps.begin(), deps.end());
    return deps;
}

} // namespace

QByteArray TicketGenerator::token(quint32 seed, int id)
{
    QByteArray material
        = "rd-demo-secret:" + QByteArray::number(seed) + ':' + QByteArray::number(id);
    return QCryptographicHash::hash(material, QCryptographicHash::Sha1).toHex().left(16);
}

QList<DemoTicket> TicketGenerator::generate(quint32 seed, int count, PortalLanguage language)
{
    QRandomGenerator rng(seed);
    QList<DemoTicket> tickets;
    tickets.reserve(count);
    for (int i = 0; i < count; ++i) {
        DemoTicket ticket;
        ticket.id = firstId + i;
        ticket.application
            = QString::fromLatin1(applications[rng.bounded(int(std::size(applications)))]);
        ticket.version = QString::number(1 + rng.bounded(5)) + u'.'
            + QString::number(rng.bounded(21)) + u'.' + QString::number(rng.bounded(31));
        ticket.production = rng.bounded(100) < 70;
        ticket.submitterIndex = int(rng.bounded(PortalText::submitterCount()));
        ticket.dependsOn = randomDependencies(rng, ticket.id);
        ticket.concurrent = rng.bounded(100) >= 5;
        ticket.status = randomStatus(rng);
        ticket.token = token(seed, ticket.id);
        tickets.append(ticket);
    }
    relabel(tickets, language);
    return tickets;
}

void TicketGenerator::relabel(QList<DemoTicket> &tickets, PortalLanguage language)
{
    const PortalText &text = PortalText::forLanguage(language);
    const QString production = QString::fromUtf8(text.production);
    const QString staging = QString::fromUtf8(text.staging);
    for (DemoTicket &ticket : tickets) {
        ticket.environment = ticket.production ? production : staging;
        ticket.submitter = PortalText::submitterName(ticket.submitterIndex, language);
    }
}
