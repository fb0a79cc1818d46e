#include "legacyfront.h"

#include "gbkcodec.h"
#include "httpconnection.h"
#include "portalaudit.h"
#include "portallog.h"
#include "portaltext.h"
#include "releasehandler.h"
#include "sessionstore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

const QByteArray cookieName = "JSESSIONID";
// Bounds memory when a benchmark loads the login or confirm page a million times.
constexpr qsizetype maxTokens = 100'000;

QByteArray randomToken()
{
    quint64 words[2];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex().toUpper();
}

// Pages that declare their charset only in <meta http-equiv>: what a static page or a JSP
// without contentType gives.
HttpResponse metaOnlyPage(int status, QByteArray body)
{
    HttpResponse response = HttpResponse::html(status, std::move(body));
    response.contentType = "text/html";
    return response;
}

int number(const QString &text, int fallback)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

LegacyFront::LegacyFront(const PortalContext &context)
    : PortalFront(context)
{
    rebuild();
}

void LegacyFront::rebuild()
{
    m_renderer.rebuild(tickets());
}

QHash<QString, QString> LegacyFront::decodeGbkForm(const QByteArray &body)
{
    QHash<QString, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const auto decodedName = GbkCodec::decode(QByteArray::fromPercentEncoding(name));
        const auto decodedValue = GbkCodec::decode(QByteArray::fromPercentEncoding(value));
        if (decodedName && !fields.contains(*decodedName))
            fields.insert(*decodedName, decodedValue ? *decodedValue : QString());
    }
    return fields;
}

HttpResponse LegacyFront::gbkPage(int status, const QByteArray &body) const
{
    HttpResponse response = HttpResponse::html(status, body);
    response.contentType = "text/html;charset=GBK";
    return response;
}

void LegacyFront::forgetOldTokens()
{
    if (m_preLogin.size() >= maxTokens)
        m_preLogin.clear();
    if (m_confirmTokens.size() >= maxTokens) {
        m_confirmTokens.removeIf([](const auto &entry) { return entry.value().used; });
        if (m_confirmTokens.size() >= maxTokens)
            m_confirmTokens.clear();
    }
}

HttpResponse LegacyFront::loginPage(
    const QByteArray &target, const QString &error, bool charsetInHeader)
{
    forgetOldTokens();
    const QByteArray preLogin = randomToken();
    m_preLogin.insert(preLogin, target);
    const QByteArray body = m_renderer.loginPage(error);
    HttpResponse response = charsetInHeader ? gbkPage(200, body) : metaOnlyPage(200, body);
    response.headers.append({ "Set-Cookie", cookieName + '=' + preLogin + "; Path=/; HttpOnly" });
    return response;
}

void LegacyFront::serve(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray &path = request.path;
    if (path == "/" || path == "/index.jsp") {
        connection->respond(HttpResponse::redirect("/list.do"));
    } else if (path == "/login.jsp") {
        connection->respond(loginPage("/list.do", {}, false));
    } else if (path == "/j_security_check") {
        serveLogin(connection, request);
    } else if (path == "/logout.do") {
        m_context.sessions->remove(request.cookie(cookieName));
        connection->respond(HttpResponse::redirect("/login.jsp"));
    } else if (path == "/list.do" || path == "/confirm.do" || path == "/release.do") {
        if (!useSession(request.cookie(cookieName))) {
            connection->respond(expiredAnswer(request));
        } else if (path == "/list.do") {
            serveList(connection, request);
        } else if (path == "/confirm.do") {
            serveConfirm(connection, request);
        } else if (request.method != "POST") {
            connection->respond(
                gbkPage(405, m_renderer.errorPage(405, u"请求方法不支持，请通过确认页面提交"_s)));
        } else {
            serveRelease(connection, request);
        }
    } else {
        connection->respond(gbkPage(404, m_renderer.errorPage(404, u"页面不存在"_s)));
    }
}

void LegacyFront::serveLogin(HttpConnection *connection, const HttpRequest &request)
{
    const QByteArray preLogin = request.cookie(cookieName);
    const auto waiting = m_preLogin.constFind(preLogin);
    if (request.method != "POST" || preLogin.isEmpty() || waiting == m_preLogin.constEnd()) {
        // Form authentication needs the session the login page started.
        m_context.audit->countLogin(false);
        connection->respond(loginPage("/list.do", u"会话已超时，请重新登录"_s, true));
        return;
    }
    const QHash<QString, QString> form = decodeGbkForm(request.body);
    if (form.value(u"j_username"_s) != config().user
        || form.value(u"j_password"_s) != config().password) {
        m_context.audit->countLogin(false);
        // The pre-login session stays: the browser may try again with the same cookie.
        connection->respond(gbkPage(200, m_renderer.loginPage(u"用户名或密码错误"_s)));
        return;
    }
    const QByteArray target = waiting.value();
    m_preLogin.erase(waiting);
    m_context.audit->countLogin(true);
    // A new session id after login, as containers do against session fixation.
    HttpResponse response = HttpResponse::redirect(target);
    response.headers.append({ "Set-Cookie",
        cookieName + '=' + m_context.sessions->createSession(nowMs()) + "; Path=/; HttpOnly" });
    connection->respond(response);
}

void LegacyFront::serveList(HttpConnection *connection, const HttpRequest &request)
{
    const int pageSize = config().pageSize;
    const int start = qMax(0, number(request.parameter(u"start"_s), 0));
    const int page = start / pageSize + 1;
    if (answerPageFault(connection, page))
        return;
    m_context.audit->countPageRead(page);
    connection->respond(metaOnlyPage(200,
        m_renderer.listPage(
            tickets(), start, pageSize, config().user, config().releaseLinkPendingOnly)));
}

void LegacyFront::serveConfirm(HttpConnection *connection, const HttpRequest &request)
{
    const DemoTicket *ticket = findTicket(number(request.parameter(u"id"_s), 0));
    if (!ticket) {
        connection->respond(gbkPage(404, m_renderer.errorPage(404, u"工单不存在"_s)));
        return;
    }
    QByteArray token;
    if (!config().releaseLinkPendingOnly || ticket->status == TicketStatus::Pending) {
        forgetOldTokens();
        token = randomToken();
        m_confirmTokens.insert(token, ConfirmToken { ticket->id, false });
    }
    connection->respond(metaOnlyPage(200, m_renderer.confirmPage(*ticket, token, config().user)));
}

void LegacyFront::serveRelease(HttpConnection *connection, const HttpRequest &request)
{
    const QHash<QString, QString> form = decodeGbkForm(request.body);
    const int id = number(form.value(u"id"_s), 0);
    const QByteArray token = form.value(u"confirmToken"_s).toLatin1();
    const DemoTicket *ticket = findTicket(id);
    const QString app = ticket ? ticket->application : QString();
    QString result;
    QString message;
    const auto entry = m_confirmTokens.find(token);
    if (token.isEmpty()) {
        result = u"token_missing"_s;
        message = u"缺少确认令牌，请从确认页面提交"_s;
    } else if (entry == m_confirmTokens.end() || entry->ticketId != id) {
        result = u"forbidden"_s;
        message = u"无效的确认令牌"_s;
    } else if (entry->used) {
        result = u"token_reused"_s;
        message = u"确认令牌已使用，请勿重复提交"_s;
    }
    if (!result.isEmpty()) {
        qCDebug(lcDemoPortal) << "release.do refused:" << result << "ticket" << id;
        m_context.audit->recordRefused(id, app, nowMs(), connection->serial(), result, 200);
        connection->respond(gbkPage(200, m_renderer.resultPage(false, message, config().user)));
        return;
    }
    entry->used = true;
    ReleaseRequest release;
    release.id = id;
    release.app = app;
    release.checkApp = false;
    release.checkToken = false;
    release.sessionToken = request.cookie(cookieName);
    release.http = request;
    m_context.releases->start(connection, release, this);
}

HttpResponse LegacyFront::faultAnswer(PortalFault fault)
{
    switch (fault) {
    case PortalFault::PageGarbage:
        return metaOnlyPage(200, m_renderer.garbagePage());
    case PortalFault::Page429:
        return gbkPage(429, m_renderer.errorPage(429, u"访问过于频繁，请稍后再试"_s));
    default:
        return gbkPage(500, m_renderer.errorPage(500, u"服务器内部错误"_s));
    }
}

HttpResponse LegacyFront::releaseAnswer(const ReleaseOutcome &outcome)
{
    const PortalText &text = PortalText::forLanguage(PortalLanguage::Chinese);
    const QString &user = config().user;
    auto failure = [&](const QByteArray &message) {
        return gbkPage(200, m_renderer.resultPage(false, QString::fromUtf8(message), user));
    };
    using Kind = ReleaseOutcome::Kind;
    switch (outcome.kind) {
    case Kind::NotFound:
        return gbkPage(404, m_renderer.errorPage(404, u"工单不存在"_s));
    case Kind::Forbidden:
        return failure("无效的确认令牌");
    case Kind::Duplicate:
        return failure(text.releaseDuplicate);
    case Kind::InProgress:
        return failure(text.releaseInProgress);
    case Kind::Busy: {
        HttpResponse response = gbkPage(503, m_renderer.errorPage(503, u"系统繁忙，请稍后再试"_s));
        response.headers.append({ "Retry-After", QByteArray::number(config().retryAfterS) });
        return response;
    }
    case Kind::ServerError:
        return gbkPage(500, m_renderer.errorPage(500, u"服务器内部错误"_s));
    case Kind::Dependency:
        return failure(text.releaseDependency + outcome.blocking);
    case Kind::Failed:
        return failure(text.failureReasons[outcome.reasonIndex]);
    case Kind::Success:
        break;
    }
    const DemoTicket &ticket = *outcome.ticket;
    return gbkPage(200,
        m_renderer.resultPage(true,
            u"上线成功: #%1 %2 %3"_s.arg(ticket.id).arg(ticket.application, ticket.version), user));
}

HttpResponse LegacyFront::expiredAnswer(const HttpRequest &request)
{
    // Only a page read can be resumed after login; a form post goes back to the list.
    const QByteArray target = request.method == "GET" ? request.target : QByteArray("/list.do");
    return loginPage(target, {}, false);
}

HttpResponse LegacyFront::garbageReleaseAnswer()
{
    return gbkPage(200, m_renderer.garbagePage());
}
