#pragma once

#include "demoticket.h"
#include "portalconfig.h"

#include <QList>

// Makes the portal's tickets from a seed: the same seed and count give the same tickets, so a
// test can restart the portal and get the same data. Ids start at 1001.
class TicketGenerator
{
public:
    static constexpr int firstId = 1001;

    static QList<DemoTicket> generate(quint32 seed, int count, PortalLanguage language);
    // Rewrites the language-dependent texts (environment, submitter) and keeps everything else.
    static void relabel(QList<DemoTicket> &tickets, PortalLanguage language);
    // The secret release token of a ticket: derived from the seed so it is stable, but it
    // cannot be guessed from the id alone.
    static QByteArray token(quint32 seed, int id);
};
