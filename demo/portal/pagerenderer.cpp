#include "pagerenderer.h"

namespace {

QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray releaseHref(const DemoTicket &ticket, const char *separator)
{
    return "/release?id=" + number(ticket.id) + separator + "app="
        + QUrl::toPercentEncoding(ticket.application) + separator + "token=" + ticket.token;
}

const char *const statusClasses[] = { "pending", "releasing", "released", "failed" };

} // namespace

int PageRenderer::pageCount(int total, int pageSize)
{
    return qMax(1, (total + pageSize - 1) / pageSize);
}

QByteArray PageRenderer::escapeHtml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray PageRenderer::jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (uchar(c) < 0x20)
            out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    return out + '"';
}

void PageRenderer::rebuild(const QList<DemoTicket> &tickets, PortalLanguage language)
{
    m_language = language;
    m_rowHeads.clear();
    m_rowTails.clear();
    m_jsonHeads.clear();
    m_jsonTails.clear();
    m_rowHeads.reserve(tickets.size());
    m_rowTails.reserve(tickets.size());
    m_jsonHeads.reserve(tickets.size());
    m_jsonTails.reserve(tickets.size());
    for (const DemoTicket &ticket : tickets) {
        m_rowHeads.append(rowHead(ticket));
        m_rowTails.append(rowTail(ticket));
        m_jsonHeads.append(jsonHead(ticket));
        m_jsonTails.append(jsonTail(ticket));
    }
    for (int i = 0; i < 4; ++i) {
        m_statusCells[i] = QByteArray("<td class=\"status\"><span class=\"badge badge-")
            + statusClasses[i] + "\">" + text().statuses[i] + "</span></td>";
    }
}

QByteArray PageRenderer::rowHead(const DemoTicket &ticket) const
{
    const PortalText &t = text();
    // Cells mix plain text, nested elements and &nbsp; padding as hand-made portal templates do,
    // so a scraper has to normalise text rather than take a cell's first text node.
    QByteArray row = "<tr class=\"ticket\" data-id=\"" + number(ticket.id)
        + "\">\n  <td class=\"id\">" + number(ticket.id)
        + "</td>\n  <td class=\"app\"><span class=\"app-name\">" + escapeHtml(ticket.application)
        + "</span></td>\n  <td class=\"version\">";
    if (ticket.production)
        row += "<b>" + escapeHtml(ticket.version) + "</b>";
    else
        row += escapeHtml(ticket.version);
    row += "</td>\n  <td class=\"env\">&nbsp;<span class=\"tag tag-"
        + QByteArray(ticket.production ? "prod" : "staging") + "\">"
        + escapeHtml(ticket.environment) + "</span></td>\n  <td class=\"submitter\">\n    "
        + escapeHtml(ticket.submitter) + "\n  </td>\n  <td class=\"deps\">";
    if (ticket.dependsOn.isEmpty()) {
        row += "<span class=\"muted\">" + t.none + "</span>";
    } else {
        for (qsizetype i = 0; i < ticket.dependsOn.size(); ++i)
            row += (i ? ", " : "") + number(ticket.dependsOn[i]);
    }
    row += "</td>\n  <td class=\"concurrent\">";
    row += ticket.concurrent ? t.yes : "<b class=\"warn\">" + t.no + "</b>";
    row += "</td>\n  ";
    return row;
}

QByteArray PageRenderer::rowTail(const DemoTicket &ticket) const
{
    return "\n  <td class=\"action\"><a class=\"release\" href=\"" + releaseHref(ticket, "&amp;")
        + "\" title=\"" + text().releaseAction + ' ' + number(ticket.id) + "\">"
        + text().releaseAction + "</a></td>\n</tr>\n";
}

QByteArray PageRenderer::jsonHead(const DemoTicket &ticket) const
{
    QByteArray deps = "[";
    for (qsizetype i = 0; i < ticket.dependsOn.size(); ++i)
        deps += (i ? "," : "") + number(ticket.dependsOn[i]);
    deps += ']';
    return "{\"id\":" + number(ticket.id) + ",\"app\":" + jsonString(ticket.application)
        + ",\"version\":" + jsonString(ticket.version)
        + ",\"env\":" + jsonString(ticket.environment)
        + ",\"submitter\":" + jsonString(ticket.submitter) + ",\"depends_on\":" + deps
        + ",\"concurrent\":" + (ticket.concurrent ? "true" : "false") + ",\"status\":\"";
}

QByteArray PageRenderer::jsonTail(const DemoTicket &ticket) const
{
    return "\",\"release_url\":\"" + releaseHref(ticket, "&") + "\"}";
}

void PageRenderer::openPage(QByteArray &out, const QByteArray &title, const QString &user) const
{
    const PortalText &t = text();
    out += "<!DOCTYPE html>\n<html lang=\"" + t.htmlLang
        + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title + " - " + t.siteTitle
        + "</title>\n<link rel=\"stylesheet\" href=\"/static/portal.css\">\n</head>\n<body>\n"
          "<div id=\"header\" class=\"navbar\">\n  <a class=\"brand\" href=\"/\">"
        + t.siteTitle + "</a>\n  <ul class=\"nav\">\n";
    static const char *const navLinks[] = { "/", "/tickets", "/calendar", "/changes", "/help" };
    for (int i = 0; i < 5; ++i) {
        out += QByteArray("    <li") + (i == 1 ? " class=\"active\"" : "") + "><a href=\""
            + navLinks[i] + "\">" + t.nav[i] + "</a></li>\n";
    }
    out += "  </ul>\n  <form id=\"search\" class=\"search\" method=\"get\" action=\"/search\">\n"
           "    <input type=\"text\" name=\"q\" placeholder=\""
        + t.searchPlaceholder + "\">\n    <button type=\"submit\">" + t.searchButton
        + "</button>\n  </form>\n";
    if (!user.isEmpty()) {
        out += "  <span class=\"user\">" + t.welcome + ", <b>" + escapeHtml(user)
            + "</b></span> <a class=\"logout\" href=\"/logout\">" + t.logout + "</a>\n";
    }
    out += "</div>\n<div id=\"content\" class=\"container\">\n<h1>" + title + "</h1>\n";
}

void PageRenderer::closePage(QByteArray &out) const
{
    out += "</div>\n<div id=\"footer\">" + text().footer + "</div>\n</body>\n</html>\n";
}

QByteArray PageRenderer::loginPage(
    const QByteArray &csrfToken, const QString &next, const QByteArray &error) const
{
    const PortalText &t = text();
    QByteArray out;
    out.reserve(4096);
    openPage(out, t.loginTitle, {});
    if (!error.isEmpty())
        out += "<div class=\"error\">" + error + "</div>\n";
    out += "<form id=\"login-form\" method=\"post\" action=\"login\">\n  <label>" + t.userLabel
        + " <input type=\"text\" name=\"username\" value=\"\" autocomplete=\"username\"></label>\n "
          " <label>"
        + t.passwordLabel
        + " <input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label>\n"
          "  <input type=\"hidden\" name=\"csrf_token\" value=\""
        + csrfToken + "\">\n  <input type=\"hidden\" name=\"next\" value=\"" + escapeHtml(next)
        + "\">\n  <button type=\"submit\" class=\"primary\">" + t.loginButton
        + "</button>\n</form>\n";
    closePage(out);
    return out;
}

QByteArray PageRenderer::ticketsPage(const QList<DemoTicket> &tickets, int page, int pageSize,
    const QString &user, bool pendingOnly) const
{
    const PortalText &t = text();
    const int total = int(tickets.size());
    const int pages = pageCount(total, pageSize);
    const int first = (page - 1) * pageSize;
    const int last = qMin(total, first + pageSize);

    QByteArray out;
    out.reserve(3072 + (last - first) * 900);
    openPage(out, t.listTitle, user);
    out += "<table id=\"tickets\" class=\"table table-striped\">\n<thead>\n<tr>";
    for (const QByteArray &column : t.columns)
        out += "<th>" + column + "</th>";
    out += "</tr>\n</thead>\n<tbody>\n";
    for (int i = first; i < last; ++i) {
        out += m_rowHeads[i];
        out += m_statusCells[int(tickets[i].status)];
        if (pendingOnly && tickets[i].status != TicketStatus::Pending)
            out += "\n  <td class=\"action\"></td>\n</tr>\n";
        else
            out += m_rowTails[i];
    }
    out += "<tr class=\"summary\"><td colspan=\"9\">" + t.summary + ": " + number(last - first)
        + "</td></tr>\n</tbody>\n</table>\n<div class=\"pager\">\n";
    if (page > 1)
        out += "  <a class=\"prev\" href=\"/tickets?page=" + number(page - 1) + "\">"
            + t.previousPage + "</a>\n";
    out += "  <span class=\"page\">" + number(page) + " / " + number(pages) + "</span>\n  "
        + t.total + " <span class=\"total\">" + number(total) + "</span>\n";
    if (page < pages)
        out += "  <a class=\"next\" href=\"/tickets?page=" + number(page + 1) + "\">" + t.nextPage
            + "</a>\n";
    out += "</div>\n";
    closePage(out);
    return out;
}

QByteArray PageRenderer::ticketsJson(
    const QList<DemoTicket> &tickets, int page, int pageSize, bool pendingOnly) const
{
    const int total = int(tickets.size());
    const int first = (page - 1) * pageSize;
    const int last = qMin(total, first + pageSize);
    QByteArray out;
    out.reserve(128 + (last - first) * 300);
    out += "{\"total\":" + number(total) + ",\"page\":" + number(page)
        + ",\"pages\":" + number(pageCount(total, pageSize)) + ",\"page_size\":" + number(pageSize)
        + ",\"items\":[";
    for (int i = first; i < last; ++i) {
        if (i > first)
            out += ',';
        out += m_jsonHeads[i];
        out += ticketStatusCode(tickets[i].status);
        if (pendingOnly && tickets[i].status != TicketStatus::Pending)
            out += "\",\"release_url\":null}";
        else
            out += m_jsonTails[i];
    }
    out += "]}";
    return out;
}

QByteArray PageRenderer::resultPage(
    bool success, const QByteArray &message, const QString &user) const
{
    QByteArray out;
    out.reserve(3072);
    openPage(out, text().resultTitle, user);
    out += QByteArray("<div class=\"result ") + (success ? "success" : "failure") + "\">" + message
        + "</div>\n<p><a href=\"/tickets\">" + text().nav[1] + "</a></p>\n";
    closePage(out);
    return out;
}

QByteArray PageRenderer::messagePage(
    const QByteArray &title, const QByteArray &message, const QString &user) const
{
    QByteArray out;
    openPage(out, title, user);
    out += "<p class=\"message\">" + message + "</p>\n";
    closePage(out);
    return out;
}

QByteArray PageRenderer::garbagePage() const
{
    QByteArray out;
    openPage(out, text().siteTitle, {});
    out += "<div class=\"content\"><table><tr><td>\xEF\xBF\xBD\xEF\xBF\xBD<di"
           "v clas=\"res</td></span>\n<!-- upstream: 502 --";
    return out;
}
