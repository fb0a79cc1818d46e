#include "session/portalsession.h"

#include "scrape/htmldocument.h"
#include "logging.h"
#include "session/loginformextractor.h"
#include "http/netexchange.h"
#include "http/networkpool.h"
#include "scrape/pageread.h"

#include <QNetworkCookie>
#include <QNetworkCookieJar>

PortalSession::PortalSession(const SiteProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_pool(new NetworkPool(profile, this))
{
    HtmlDocument::initialize(); // libxml2 set up on this (the owning) thread before any parse
}

PortalSession::~PortalSession() = default;

QNetworkCookieJar *PortalSession::cookieJar() const
{
    return m_pool->cookieJar();
}

void PortalSession::login(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    if (m_state == State::LoggingIn)
        return; // the running attempt reports for this call too
    m_state = State::LoggingIn;
    qCInfo(lcSession).noquote() << "logging in to" << m_profile.baseUrl.toString() << "as" << user;
    NetRequest request;
    request.url = m_profile.loginUrl();
    m_pool->send(request, this, [this](const NetResponse &response) { onLoginPage(response); });
}

void PortalSession::onLoginPage(const NetResponse &response)
{
    if (response.error.isError()) {
        finishLogin(response.error);
        return;
    }
    if (response.status != 200) {
        finishLogin(PortalError::make(PortalError::HttpStatus,
            QStringLiteral("the login page %1 answered HTTP %2")
                .arg(m_profile.loginUrl().toString())
                .arg(response.status),
            response.url, response.status));
        return;
    }
    QString error;
    std::optional<LoginForm> form
        = LoginFormExtractor::extract(m_profile.login, response.body, response.url, &error);
    if (!form) {
        finishLogin(PortalError::make(PortalError::LoginFormMissing,
            QStringLiteral("%1 (on %2)").arg(error, response.url.toString()), response.url));
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
    m_pool->send(request, this, [this](const NetResponse &answer) { onLoginAnswer(answer); });
}

void PortalSession::onLoginAnswer(const NetResponse &response)
{
    if (response.error.isError()) {
        finishLogin(response.error);
        return;
    }
    const SiteProfile::LoginSuccess &success = m_profile.login.success;
    // A success recognised by text may sit behind the redirect: read where it leads.
    if (response.redirectTarget.isValid() && !success.text.isEmpty()) {
        const bool redirectOk = success.redirectContains.isEmpty()
            || response.redirectTarget.toString().contains(success.redirectContains);
        if (redirectOk) {
            NetRequest request;
            request.url = response.redirectTarget;
            m_pool->send(request, this, [this, first = response](const NetResponse &next) {
                NetResponse merged = next;
                merged.redirectTarget = first.redirectTarget;
                judgeLogin(merged, true);
            });
            return;
        }
    }
    judgeLogin(response, false);
}

void PortalSession::judgeLogin(const NetResponse &response, bool followed)
{
    Q_UNUSED(followed);
    if (response.error.isError()) {
        finishLogin(response.error);
        return;
    }
    const SiteProfile::Login &login = m_profile.login;
    QString portalMessage;
    if (!login.failure.messageXPath.isEmpty() && !response.body.isEmpty())
        portalMessage
            = HtmlDocument(response.body, response.url).firstText(login.failure.messageXPath);
    const bool failureText = !login.failure.text.isEmpty()
        && QString::fromUtf8(response.body).contains(login.failure.text);

    QStringList missing;
    if (!login.success.redirectContains.isEmpty()
        && !response.redirectTarget.toString().contains(login.success.redirectContains))
        missing << QStringLiteral("no redirect to \"%1\"").arg(login.success.redirectContains);
    if (!login.success.cookie.isEmpty()) {
        const QList<QNetworkCookie> cookies = cookieJar()->cookiesForUrl(m_profile.baseUrl);
        const bool found = std::any_of(cookies.begin(), cookies.end(),
            [&](const QNetworkCookie &c) { return c.name() == login.success.cookie.toUtf8(); });
        if (!found)
            missing << QStringLiteral("no cookie \"%1\"").arg(login.success.cookie);
    }
    if (!login.success.text.isEmpty()
        && !QString::fromUtf8(response.body).contains(login.success.text))
        missing << QStringLiteral("no text \"%1\"").arg(login.success.text);

    if (failureText || !portalMessage.isEmpty() || !missing.isEmpty()) {
        QString message;
        if (!portalMessage.isEmpty())
            message = QStringLiteral("the portal says: %1").arg(portalMessage);
        else if (failureText)
            message = QStringLiteral("the portal says: %1").arg(login.failure.text);
        else if (response.status >= 500)
            message = QStringLiteral("the portal answered HTTP %1").arg(response.status);
        else
            message = QStringLiteral("the user name or password was not accepted (%1)")
                          .arg(missing.join(QStringLiteral(", ")));
        finishLogin(PortalError::make(
            response.status >= 500 ? PortalError::HttpStatus : PortalError::LoginFailed, message,
            m_profile.loginUrl(), response.status));
        return;
    }
    finishLogin({});
}

void PortalSession::finishLogin(const PortalError &error)
{
    if (error.isError()) {
        m_state = State::LoggedOut;
        qCWarning(lcSession).noquote() << "login failed:" << redactSecrets(error.text());
    } else {
        const bool renewal = m_loginCount > 0;
        m_state = State::LoggedIn;
        ++m_generation;
        ++m_loginCount;
        qCInfo(lcSession) << (renewal ? "logged in again" : "logged in");
        if (renewal)
            emit sessionRenewed();
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(error);
    }
    emit loginFinished(error);
}

PageRead *PortalSession::readPage(const QUrl &url)
{
    return new PageRead(this, url, this);
}

bool PortalSession::looksExpired(const NetResponse &response) const
{
    const SiteProfile::Expired &expired = m_profile.login.expired;
    if (!expired.redirectContains.isEmpty()) {
        for (const QUrl &target : response.redirects) {
            if (target.toString().contains(expired.redirectContains))
                return true;
        }
    }
    if (expired.statusCodes.contains(response.status))
        return true;
    return !expired.text.isEmpty() && QString::fromUtf8(response.body).contains(expired.text);
}

void PortalSession::relogin(
    quint64 generation, QObject *context, std::function<void(const PortalError &)> done)
{
    if (generation < m_generation && m_state == State::LoggedIn) {
        done({}); // someone renewed the session after this read was sent: just replay
        return;
    }
    if (m_password.isEmpty() && m_user.isEmpty()) {
        done(PortalError::make(PortalError::SessionExpired, QStringLiteral("not logged in")));
        return;
    }
    m_waiters.append({ context, std::move(done) });
    if (m_state != State::LoggingIn) {
        qCInfo(lcSession) << "session expired; logging in again";
        m_state = State::LoggedOut;
        login(m_user, m_password);
    }
}
