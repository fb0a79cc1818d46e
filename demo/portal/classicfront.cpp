#include "classicfront.h"

#include "httpconnection.h"
#include "portalaudit.h"
#include "releasehandler.h"
#include "sessionstore.h"

using namespace Qt::StringLiterals;

namespace {

int queryInt(const HttpRequest &request, const QString &name, int fallback)
{
    bool ok = false;
    const int value = request.parameter(name).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

ClassicFront::ClassicFront(const PortalContext &context)
    : PortalFront(context)
{
    rebuild();
}

void ClassicFront::rebuild()
{
    m_renderer.rebuild(tickets(), config().language);
}

void ClassicFront::serve(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray &path = request.path;
    if (path == "/login") {
        serveLogin(connection, request);
        return;
    }
    if (path == "/logout") {
        m_context.sessions->remove(request.cookie("RDSESSION"));
        connection->respond(HttpResponse::redirect("/login"));
        return;
    }
    if (path == "/" || path == "/index.html") {
        connection->respond(HttpResponse::redirect("/tickets"));
        return;
    }
    const bool known
        = path == "/tickets" || path == "/api/tickets" || path == "/release" || path == "/search";
    if (!known) {
        const PortalText &text = PortalText::forLanguage(config().language);
        connection->respond(
            HttpResponse::html(404, m_renderer.messagePage("404", text.notFound, {})));
        return;
    }
    if (!useSession(request.cookie("RDSESSION"))) {
        connection->respond(expiredAnswer(request));
        return;
    }
    if (path == "/release") {
        startRelease(connection, request);
    } else if (path == "/search") {
        const PortalText &text = PortalText::forLanguage(config().language);
        connection->respond(HttpResponse::html(
            200, m_renderer.messagePage(text.searchButton, text.searchClosed, config().user)));
    } else {
        serveList(connection, request, path == "/api/tickets");
    }
}

void ClassicFront::serveLogin(HttpConnection *connection, const HttpRequest &request)
{
    QString next = request.parameter(u"next"_s);
    // Only local paths: the portal must not become an open redirect.
    if (!next.startsWith(u'/') || next.startsWith(u"//"_s))
        next = u"/tickets"_s;
    const PortalText &text = PortalText::forLanguage(config().language);
    SessionStore &sessions = *m_context.sessions;
    if (request.method != "POST") {
        connection->respond(HttpResponse::html(
            200, m_renderer.loginPage(sessions.issueCsrfToken(nowMs()), next, {})));
        return;
    }
    if (!sessions.consumeCsrfToken(request.formField(u"csrf_token"_s).toLatin1())) {
        m_context.audit->countLogin(false);
        connection->respond(HttpResponse::html(
            403, m_renderer.loginPage(sessions.issueCsrfToken(nowMs()), next, text.badCsrf)));
        return;
    }
    if (request.formField(u"username"_s) != config().user
        || request.formField(u"password"_s) != config().password) {
        m_context.audit->countLogin(false);
        connection->respond(HttpResponse::html(200,
            m_renderer.loginPage(sessions.issueCsrfToken(nowMs()), next, text.badCredentials)));
        return;
    }
    m_context.audit->countLogin(true);
    HttpResponse response = HttpResponse::redirect(next.toUtf8());
    response.headers.append(
        { "Set-Cookie", "RDSESSION=" + sessions.createSession(nowMs()) + "; HttpOnly; Path=/" });
    connection->respond(response);
}

void ClassicFront::serveList(HttpConnection *connection, const HttpRequest &request, bool json)
{
    const int pages = PageRenderer::pageCount(int(tickets().size()), config().pageSize);
    const int page = queryInt(request, u"page"_s, 1);
    if (answerPageFault(connection, page))
        return;
    if (page < 1 || page > pages) {
        const PortalText &text = PortalText::forLanguage(config().language);
        connection->respond(json ? HttpResponse::json(404, "{\"error\":\"no such page\"}")
                                 : HttpResponse::html(404,
                                     m_renderer.messagePage("404", text.notFound, config().user)));
        return;
    }
    m_context.audit->countPageRead(page);
    const bool pendingOnly = config().releaseLinkPendingOnly;
    if (json)
        connection->respond(HttpResponse::json(
            200, m_renderer.ticketsJson(tickets(), page, config().pageSize, pendingOnly)));
    else
        connection->respond(HttpResponse::html(200,
            m_renderer.ticketsPage(
                tickets(), page, config().pageSize, config().user, pendingOnly)));
}

void ClassicFront::startRelease(HttpConnection *connection, const HttpRequest &request)
{
    ReleaseRequest release;
    release.id = queryInt(request, u"id"_s, 0);
    release.app = request.parameter(u"app"_s);
    release.token = request.parameter(u"token"_s).toLatin1();
    release.sessionToken = request.cookie("RDSESSION");
    release.http = request;
    m_context.releases->start(connection, release, this);
}

HttpResponse ClassicFront::faultAnswer(PortalFault fault)
{
    switch (fault) {
    case PortalFault::PageGarbage:
        return HttpResponse::html(200, m_renderer.garbagePage());
    case PortalFault::Page429:
        return HttpResponse::html(429, "<html><body><h1>429 Too Many Requests</h1></body></html>");
    default:
        return HttpResponse::html(
            500, "<html><body><h1>500 Internal Server Error</h1></body></html>");
    }
}

HttpResponse ClassicFront::releaseAnswer(const ReleaseOutcome &outcome)
{
    const PortalText &text = PortalText::forLanguage(config().language);
    const QString &user = config().user;
    using Kind = ReleaseOutcome::Kind;
    switch (outcome.kind) {
    case Kind::NotFound:
        return HttpResponse::html(404, m_renderer.resultPage(false, text.releaseNotFound, user));
    case Kind::Forbidden:
        return HttpResponse::html(403, m_renderer.resultPage(false, text.releaseForbidden, user));
    case Kind::Duplicate:
        return HttpResponse::html(409, m_renderer.resultPage(false, text.releaseDuplicate, user));
    case Kind::InProgress:
        return HttpResponse::html(409, m_renderer.resultPage(false, text.releaseInProgress, user));
    case Kind::Busy: {
        HttpResponse response
            = HttpResponse::html(503, "<html><body><h1>503 Service Unavailable</h1></body></html>");
        response.headers.append({ "Retry-After", QByteArray::number(config().retryAfterS) });
        return response;
    }
    case Kind::ServerError:
        return HttpResponse::html(500, m_renderer.resultPage(false, text.releaseServerError, user));
    case Kind::Dependency:
        return HttpResponse::html(
            200, m_renderer.resultPage(false, text.releaseDependency + outcome.blocking, user));
    case Kind::Failed:
        return HttpResponse::html(
            200, m_renderer.resultPage(false, text.failureReasons[outcome.reasonIndex], user));
    case Kind::Success:
        break;
    }
    const DemoTicket &ticket = *outcome.ticket;
    return HttpResponse::html(200,
        m_renderer.resultPage(true,
            text.releaseOk + ": #" + QByteArray::number(ticket.id) + ' '
                + ticket.application.toUtf8() + ' ' + ticket.version.toUtf8(),
            user));
}

HttpResponse ClassicFront::expiredAnswer(const HttpRequest &request)
{
    return HttpResponse::loginRedirect(request.target);
}

HttpResponse ClassicFront::garbageReleaseAnswer()
{
    return HttpResponse::html(200, m_renderer.garbagePage());
}
