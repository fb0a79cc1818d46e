#include "sparenderer.h"

#include "pagerenderer.h"

namespace {

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

} // namespace

QByteArray SpaRenderer::statusWord(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Releasing:
        return "RUNNING";
    case TicketStatus::Released:
        return "DONE";
    case TicketStatus::Failed:
        return "FAILED";
    case TicketStatus::Pending:
        break;
    }
    return "READY";
}

QByteArray SpaRenderer::error(const QByteArray &code, const QByteArray &message)
{
    return "{\"error\":\"" + code
        + "\",\"message\":" + PageRenderer::jsonString(QString::fromUtf8(message)) + '}';
}

void SpaRenderer::rebuild(const QList<DemoTicket> &tickets)
{
    m_heads.clear();
    m_tails.clear();
    m_tailsWithoutNonce.clear();
    m_heads.reserve(tickets.size());
    m_tails.reserve(tickets.size());
    m_tailsWithoutNonce.reserve(tickets.size());
    for (const DemoTicket &ticket : tickets) {
        m_heads.append("{\"id\":" + number(ticket.id)
            + ",\"app\":" + PageRenderer::jsonString(ticket.application)
            + ",\"version\":" + PageRenderer::jsonString(ticket.version)
            + ",\"env\":" + PageRenderer::jsonString(ticket.environment)
            + ",\"submitter\":" + PageRenderer::jsonString(ticket.submitter) + ",\"status\":\"");
        QByteArray tail = QByteArray("\",\"exclusive\":") + (ticket.concurrent ? "false" : "true")
            + ",\"depends_on\":[";
        for (qsizetype i = 0; i < ticket.dependsOn.size(); ++i)
            tail += (i ? "," : "") + number(ticket.dependsOn[i]);
        tail += "],\"nonce\":";
        m_tailsWithoutNonce.append(tail + "null}");
        m_tails.append(tail + '"' + ticket.token + "\"}");
    }
}

QByteArray SpaRenderer::shell(const QByteArray &csrfToken, const QString &user) const
{
    QByteArray out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    if (!csrfToken.isEmpty())
        out += "<meta name=\"csrf-token\" content=\"" + csrfToken + "\">\n";
    out += "<title>Release Console</title>\n"
           "<link rel=\"stylesheet\" href=\"/assets/app.3f9c2e.css\">\n"
           "<script>window.__APP_CONFIG__ = {\"apiBase\":\"/api/v1\",\"user\":"
        + (user.isEmpty() ? QByteArray("null") : PageRenderer::jsonString(user))
        + "};</script>\n<script type=\"module\" src=\"/assets/app.3f9c2e.js\"></script>\n"
          "</head>\n<body>\n<div id=\"root\"><noscript>You need to enable JavaScript to run "
          "this app.</noscript></div>\n</body>\n</html>\n";
    return out;
}

QByteArray SpaRenderer::releases(
    const QList<DemoTicket> &tickets, int offset, int limit, bool pendingOnly) const
{
    const int total = int(tickets.size());
    const int first = qMin(offset, total);
    const int last = int(qMin(qint64(total), qint64(first) + limit));
    QByteArray out;
    out.reserve(128 + (last - first) * 260);
    out += "{\"items\":[";
    for (int i = first; i < last; ++i) {
        if (i > first)
            out += ',';
        const TicketStatus status = tickets[i].status;
        out += m_heads[i];
        out += statusWord(status);
        out += pendingOnly && status != TicketStatus::Pending ? m_tailsWithoutNonce[i] : m_tails[i];
    }
    out += "],\"total\":" + number(total) + ",\"offset\":" + number(offset)
        + ",\"limit\":" + number(limit) + ",\"next\":";
    if (last < total)
        out += "\"/api/v1/releases?offset=" + number(last) + "&limit=" + number(limit) + '"';
    else
        out += "null";
    return out + '}';
}
