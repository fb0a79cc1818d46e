#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QList>
#include <QString>

// Where a ticket stands on the demo portal (the portal's own truth, not ReleaseDesk's state).
enum class TicketStatus { Pending, Releasing, Released, Failed };

// "pending", "releasing", "released", "failed": the codes the JSON list uses.
QLatin1String ticketStatusCode(TicketStatus status);

// One release ticket as the demo portal holds it. Text fields are in the portal's language,
// exactly as its pages show them, so tests can compare scraped tickets with this truth.
struct DemoTicket
{
    int id = 0;
    QString application;
    QString version;
    bool production = true;
    QString environment; // 生产/预发 or prod/staging
    QString submitter;
    QList<int> dependsOn; // lower ids only, so the graph is acyclic
    bool concurrent = true;
    TicketStatus status = TicketStatus::Pending;
    QByteArray token; // the per-row release token: only obtainable from a page
    int submitterIndex = 0; // which name in the portal's name list (language independent)

    // "/release?id=ID&app=APP&token=TOKEN", unescaped.
    QString releasePath() const;
};
