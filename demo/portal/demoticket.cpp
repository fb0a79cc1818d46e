#include "demoticket.h"

QLatin1String ticketStatusCode(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Pending:
        return QLatin1String("pending");
    case TicketStatus::Releasing:
        return QLatin1String("releasing");
    case TicketStatus::Released:
        return QLatin1String("released");
    case TicketStatus::Failed:
        return QLatin1String("failed");
    }
    return QLatin1String("pending");
}

QString DemoTicket::releasePath() const
{
    return QLatin1String("/release?id=") + QString::number(id) + QLatin1String("&app=")
        + application + QLatin1String("&token=") + QString::fromLatin1(token);
}
