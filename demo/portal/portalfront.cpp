#include "portalfront.h"

#include "httpconnection.h"
#include "portalaudit.h"
#include "portallog.h"
#include "sessionstore.h"
#include "ticketgenerator.h"

const DemoTicket *PortalFront::findTicket(int id) const
{
    const qsizetype index = qsizetype(id) - TicketGenerator::firstId;
    return index >= 0 && index < tickets().size() ? &tickets()[index] : nullptr;
}

bool PortalFront::useSession(const QByteArray &token) const
{
    return m_context.sessions->use(
               token, nowMs(), config().sessionMaxRequests, config().sessionTtlS)
        == SessionStore::Check::Valid;
}

bool PortalFront::answerPageFault(HttpConnection *connection, int page)
{
    const auto fault = m_context.faults->take({ PortalFault::Page500, PortalFault::PageGarbage,
                                                  PortalFault::PageStall, PortalFault::Page429 },
        page);
    if (!fault)
        return false;
    m_context.audit->countFault();
    qCDebug(lcDemoPortal) << "fault" << FaultSet::name(*fault) << "on page" << page;
    if (*fault == PortalFault::PageStall)
        return true; // never answered; in flight until the client gives up
    HttpResponse response = faultAnswer(*fault);
    if (*fault == PortalFault::Page429)
        response.headers.append({ "Retry-After", QByteArray::number(config().retryAfterS) });
    connection->respond(response);
    return true;
}
