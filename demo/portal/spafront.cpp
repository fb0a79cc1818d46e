#include "spafront.h"

#include "httpconnection.h"
#include "pagerenderer.h"
#include "portalaudit.h"
#include "releasehandler.h"
#include "sessionstore.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

const QByteArray cookieName = "sid";
const QByteArray deployPrefix = "/api/v1/releases/";
const QByteArray deploySuffix = "/deploy";
constexpr int maxLimit = 1000;

// The ticket id of "/api/v1/releases/{id}/deploy", or 0.
int deployId(const QByteArray &path)
{
    if (!path.startsWith(deployPrefix) || !path.endsWith(deploySuffix))
        return 0;
    const QByteArray id
        = path.mid(deployPrefix.size(), path.size() - deployPrefix.size() - deploySuffix.size());
    bool ok = false;
    const int value = id.toInt(&ok);
    return ok && value > 0 ? value : 0;
}

HttpResponse jsonError(int status, const QByteArray &code, const QByteArray &message)
{
    return HttpResponse::json(status, SpaRenderer::error(code, message));
}

// "application/json" or "application/json; charset=utf-8", any case.
QByteArray mediaType(const HttpRequest &request)
{
    QByteArray type = request.header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

int queryInt(const HttpRequest &request, const QString &name, int fallback, bool *ok)
{
    const QString text = request.parameter(name);
    if (text.isEmpty())
        return fallback;
    bool parsed = false;
    const int value = text.toInt(&parsed);
    *ok = *ok && parsed;
    return value;
}

} // namespace

SpaFront::SpaFront(const PortalContext &context)
    : PortalFront(context)
{
    rebuild();
}

void SpaFront::rebuild()
{
    m_renderer.rebuild(tickets());
}

bool SpaFront::isReleasePath(const QByteArray &path) const
{
    return deployId(path) > 0;
}

void SpaFront::serve(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray &path = request.path;
    const bool post = request.method == "POST";
    if (const int id = deployId(path)) {
        if (!post) {
            connection->respond(jsonError(405, "method_not_allowed", "Use POST"));
            return;
        }
        serveDeploy(connection, request, id);
    } else if (path == "/api/v1/login") {
        if (post)
            serveLogin(connection, request);
        else
            connection->respond(jsonError(405, "method_not_allowed", "Use POST"));
    } else if (path == "/api/v1/logout") {
        m_context.sessions->remove(request.cookie(cookieName));
        connection->respond(HttpResponse::json(200, "{\"ok\":true}"));
    } else if (path == "/api/v1/releases") {
        if (!useSession(request.cookie(cookieName)))
            connection->respond(expiredAnswer(request));
        else
            serveList(connection, request);
    } else if (path.startsWith("/api/")) {
        connection->respond(jsonError(404, "not_found", "No such endpoint"));
    } else if (request.method == "GET" || request.method == "HEAD") {
        // Every other path is one of the app's client-side routes: the shell answers them all.
        const QByteArray session = request.cookie(cookieName);
        const bool alive = m_context.sessions->peek(
            session, nowMs(), config().sessionMaxRequests, config().sessionTtlS);
        connection->respond(HttpResponse::html(200,
            alive ? m_renderer.shell(m_context.sessions->sessionCsrf(session), config().user)
                  : m_renderer.shell({}, {})));
    } else {
        connection->respond(jsonError(405, "method_not_allowed", "Method not allowed"));
    }
}

void SpaFront::serveLogin(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray type = mediaType(request);
    if (type != "application/json") {
        m_context.audit->countLogin(false);
        connection->respond(
            jsonError(415, "unsupported_media_type", "Content-Type must be application/json"));
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonObject body = document.object();
    if (!document.isObject() || !body.value(u"username"_s).isString()
        || !body.value(u"password"_s).isString()) {
        m_context.audit->countLogin(false);
        connection->respond(jsonError(400, "bad_request",
            "Body must be a JSON object with string fields username and password"));
        return;
    }
    if (body.value(u"username"_s).toString() != config().user
        || body.value(u"password"_s).toString() != config().password) {
        m_context.audit->countLogin(false);
        connection->respond(HttpResponse::json(401,
            "{\"ok\":false,\"error\":\"invalid_credentials\",\"message\":\"Invalid username or "
            "password\"}"));
        return;
    }
    m_context.audit->countLogin(true);
    SessionStore &sessions = *m_context.sessions;
    const QByteArray session = sessions.createSession(nowMs());
    HttpResponse response = HttpResponse::json(200,
        "{\"ok\":true,\"user\":" + PageRenderer::jsonString(config().user) + ",\"csrf_token\":\""
            + sessions.sessionCsrf(session) + "\"}");
    response.headers.append(
        { "Set-Cookie", cookieName + '=' + session + "; Path=/; HttpOnly; SameSite=Lax" });
    connection->respond(response);
}

void SpaFront::serveList(HttpConnection *connection, const HttpRequest &request)
{
    bool ok = true;
    const int offset = queryInt(request, u"offset"_s, 0, &ok);
    const int limit = queryInt(request, u"limit"_s, config().pageSize, &ok);
    if (!ok || offset < 0 || limit < 1 || limit > maxLimit) {
        connection->respond(jsonError(
            400, "bad_request", "offset must be a number >= 0 and limit a number within 1..1000"));
        return;
    }
    const int page = offset / limit + 1;
    if (answerPageFault(connection, page))
        return;
    m_context.audit->countPageRead(page);
    connection->respond(HttpResponse::json(
        200, m_renderer.releases(tickets(), offset, limit, config().releaseLinkPendingOnly)));
}

void SpaFront::refuseDeploy(
    HttpConnection *connection, int id, const QByteArray &result, const HttpResponse &response)
{
    const DemoTicket *ticket = findTicket(id);
    m_context.audit->recordRefused(id, ticket ? ticket->application : QString(), nowMs(),
        connection->serial(), QString::fromLatin1(result), response.status);
    connection->respond(response);
}

void SpaFront::serveDeploy(HttpConnection *connection, const HttpRequest &request, int id)
{
    const QByteArray session = request.cookie(cookieName);
    if (!useSession(session)) {
        connection->respond(expiredAnswer(request));
        return;
    }
    const QByteArray type = mediaType(request);
    // A form post is what a cross-site attacker can send without CORS: refused outright.
    if (type == "application/x-www-form-urlencoded" || type == "multipart/form-data") {
        refuseDeploy(connection, id, "form_body",
            jsonError(403, "forbidden", "Form submissions are not accepted, send JSON"));
        return;
    }
    if (type != "application/json") {
        refuseDeploy(connection, id, "unsupported_media_type",
            jsonError(415, "unsupported_media_type", "Content-Type must be application/json"));
        return;
    }
    const QByteArray csrf = request.header("x-csrf-token");
    if (csrf.isEmpty() || csrf != m_context.sessions->sessionCsrf(session)) {
        refuseDeploy(connection, id, "csrf_failed",
            jsonError(403, "csrf_failed", "Missing or invalid CSRF token"));
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject() || !document.object().value(u"nonce"_s).isString()) {
        refuseDeploy(connection, id, "bad_request",
            jsonError(400, "bad_request", "Body must be a JSON object with a string nonce"));
        return;
    }
    ReleaseRequest release;
    release.id = id;
    release.checkApp = false;
    release.token = document.object().value(u"nonce"_s).toString().toLatin1();
    release.sessionToken = session;
    release.http = request;
    if (const DemoTicket *ticket = findTicket(id))
        release.app = ticket->application; // for the audit: the API does not name it
    m_context.releases->start(connection, release, this);
}

HttpResponse SpaFront::faultAnswer(PortalFault fault)
{
    switch (fault) {
    case PortalFault::PageGarbage:
        return HttpResponse::json(200, "{\"items\":[{\"id\":10<html><body>502 Bad Gatew");
    case PortalFault::Page429:
        return jsonError(429, "too_many_requests", "Too many requests, slow down");
    default:
        return jsonError(500, "internal", "Internal server error");
    }
}

HttpResponse SpaFront::releaseAnswer(const ReleaseOutcome &outcome)
{
    const PortalText &text = PortalText::forLanguage(PortalLanguage::English);
    const QByteArray id = QByteArray::number(outcome.ticketId);
    using Kind = ReleaseOutcome::Kind;
    switch (outcome.kind) {
    case Kind::NotFound:
        return jsonError(404, "not_found", "No such release");
    case Kind::Forbidden:
        return jsonError(403, "invalid_nonce", "The nonce does not match this release");
    case Kind::Duplicate:
    case Kind::InProgress: {
        const bool running = outcome.kind == Kind::InProgress;
        return HttpResponse::json(409,
            "{\"id\":" + id + ",\"error\":\"conflict\",\"status\":\""
                + (running ? "RUNNING" : "DONE") + "\",\"message\":\""
                + (running ? text.releaseInProgress : text.releaseDuplicate) + "\"}");
    }
    case Kind::Busy: {
        HttpResponse response
            = jsonError(503, "busy", "Too many deployments in progress, try again later");
        response.headers.append({ "Retry-After", QByteArray::number(config().retryAfterS) });
        return response;
    }
    case Kind::ServerError:
        return jsonError(500, "internal", "Internal server error");
    case Kind::Dependency:
    case Kind::Failed: {
        const QByteArray message = outcome.kind == Kind::Dependency
            ? text.releaseDependency + outcome.blocking
            : text.failureReasons[outcome.reasonIndex];
        return HttpResponse::json(200,
            "{\"id\":" + id + ",\"status\":\"FAILED\",\"message\":"
                + PageRenderer::jsonString(QString::fromUtf8(message)) + '}');
    }
    case Kind::Success:
        break;
    }
    const DemoTicket &ticket = *outcome.ticket;
    return HttpResponse::json(200,
        "{\"id\":" + id + ",\"status\":\"DONE\",\"message\":"
            + PageRenderer::jsonString(u"Released %1 %2"_s.arg(ticket.application, ticket.version))
            + '}');
}

HttpResponse SpaFront::expiredAnswer(const HttpRequest &)
{
    return jsonError(401, "unauthorized", "Your session has expired, please sign in again");
}

HttpResponse SpaFront::garbageReleaseAnswer()
{
    return HttpResponse::json(200, "{\"id\":0,\"sta<!-- upstream reset -->");
}
