#include "session/loginjob.h"

#include "http/networkpool.h"
#include "scrape/htmldocument.h"
#include "session/loginformextractor.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>

#include <algorithm>

LoginJob::LoginJob(const SiteProfile &profile, NetworkPool *pool, const QString &user,
    const QString &password, QObject *parent)
    : PortalJob(parent)
    , m_profile(profile)
    , m_pool(pool)
    , m_user(user)
    , m_password(password)
{
}

LoginJob::~LoginJob()
{
    if (m_pending && m_pool)
        m_pool->cancel(m_pending);
}

quint64 LoginJob::send(NetRequest request, void (LoginJob::*handler)(const NetResponse &))
{
    request.partOfLogin = true;
    m_pending = m_pool->send(request, this, [this, handler](const NetResponse &response) {
        m_pending = 0;
        (this->*handler)(response);
    });
    return m_pending;
}

void LoginJob::begin()
{
    if (!m_pool) {
        finish(PortalError::make(PortalError::Cancelled, tr("the portal session was closed")));
        return;
    }
    NetRequest request;
    request.url = m_profile.loginUrl();
    send(request, &LoginJob::onLoginPage);
}

void LoginJob::abandon()
{
    if (m_pending && m_pool)
        m_pool->cancel(m_pending);
    m_pending = 0;
    finish(PortalError::make(PortalError::Cancelled, tr("logging in was cancelled")));
}

void LoginJob::onLoginPage(const NetResponse &response)
{
    if (response.error.isError()) {
        finish(response.error);
        return;
    }
    if (response.status != 200) {
        finish(PortalError::make(PortalError::HttpStatus,
            tr("the login page %1 answered HTTP %2")
                .arg(m_profile.loginUrl().toString())
                .arg(response.status),
            response.url, response.status));
        return;
    }
    QString error;
    std::optional<LoginForm> form
        = LoginFormExtractor::extract(m_profile.login, response.body, response.url, &error);
    if (!form) {
        finish(PortalError::make(PortalError::LoginFormMissing,
            tr("%1 (on %2)").arg(error, response.url.toString()), response.url));
        return;
    }
    form->setField(m_profile.login.userField, m_user);
    form->setField(m_profile.login.passwordField, m_password);
    NetRequest request;
    request.method = form->method;
    if (form->method == "GET") {
        QUrl url = form->action;
        url.setQuery(QString::fromLatin1(form->encodedBody()));
        request.url = url;
    } else {
        request.url = form->action;
        request.body = form->encodedBody();
    }
    request.followRedirects = false; // the redirect itself tells success (login.success)
    send(request, &LoginJob::onLoginAnswer);
}

void LoginJob::onLoginAnswer(const NetResponse &response)
{
    if (response.error.isError()) {
        finish(response.error);
        return;
    }
    const SiteProfile::LoginSuccess &success = m_profile.login.success;
    // A success recognised by text may sit behind the redirect: read where it leads.
    if (response.redirectTarget.isValid() && !success.text.isEmpty()) {
        const bool redirectOk = success.redirectContains.isEmpty()
            || response.redirectTarget.toString().contains(success.redirectContains);
        if (redirectOk) {
            m_redirectTarget = response.redirectTarget;
            ++m_requestsOnNewSession;
            NetRequest request;
            request.url = response.redirectTarget;
            send(request, &LoginJob::onFollowedAnswer);
            return;
        }
    }
    judge(response);
}

void LoginJob::onFollowedAnswer(const NetResponse &response)
{
    NetResponse merged = response;
    merged.redirectTarget = m_redirectTarget;
    judge(merged);
}

void LoginJob::judge(const NetResponse &response)
{
    if (response.error.isError()) {
        finish(response.error);
        return;
    }
    const SiteProfile::Login &login = m_profile.login;
    QString portalMessage;
    if (!login.failure.messageXPath.isEmpty() && !response.body.isEmpty())
        portalMessage
            = HtmlDocument(response.body, response.url).firstText(login.failure.messageXPath);
    const QString body = QString::fromUtf8(response.body);
    const bool failureText = !login.failure.text.isEmpty() && body.contains(login.failure.text);

    QStringList missing;
    if (!login.success.redirectContains.isEmpty()
        && !response.redirectTarget.toString().contains(login.success.redirectContains))
        missing << tr("no redirect to \"%1\"").arg(login.success.redirectContains);
    if (!login.success.cookie.isEmpty() && m_pool) {
        const QList<QNetworkCookie> cookies
            = m_pool->cookieJar()->cookiesForUrl(m_profile.baseUrl);
        const bool found = std::any_of(cookies.begin(), cookies.end(),
            [&](const QNetworkCookie &c) { return c.name() == login.success.cookie.toUtf8(); });
        if (!found)
            missing << tr("no cookie \"%1\"").arg(login.success.cookie);
    }
    if (!login.success.text.isEmpty() && !body.contains(login.success.text))
        missing << tr("no text \"%1\"").arg(login.success.text);

    if (!failureText && portalMessage.isEmpty() && missing.isEmpty()) {
        finish({});
        return;
    }
    QString message;
    if (!portalMessage.isEmpty())
        message = tr("the portal says: %1").arg(portalMessage);
    else if (failureText)
        message = tr("the portal says: %1").arg(login.failure.text);
    else if (response.status >= 500)
        message = tr("the portal answered HTTP %1").arg(response.status);
    else
        message = tr("the user name or password was not accepted (%1)")
                      .arg(missing.join(QStringLiteral(", ")));
    finish(PortalError::make(response.status >= 500 ? PortalError::HttpStatus
                                                    : PortalError::LoginFailed,
        message, m_profile.loginUrl(), response.status));
}

void LoginJob::finish(const PortalError &error)
{
    LoginResult result;
    result.error = error;
    result.requestsOnNewSession = m_requestsOnNewSession;
    finishWith([this, result] { emit finished(result); });
}
