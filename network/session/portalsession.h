#pragma once

#include "portalerror.h"
#include "profile/siteprofile.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class NetworkPool;
class PageRead;
class QNetworkCookieJar;
struct NetResponse;

// The logged-in conversation with one portal: owns the network pool and with it the ONE cookie
// jar that login, scraping and releasing share. Keeps the password in memory only, for logging
// in again when the portal ends the session. Lives on the thread that created it.
class PortalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalSession)
public:
    explicit PortalSession(const SiteProfile &profile, QObject *parent = nullptr);
    ~PortalSession() override;

    const SiteProfile &profile() const { return m_profile; }
    NetworkPool *pool() const { return m_pool; }
    QNetworkCookieJar *cookieJar() const; // use from this object's thread only
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    bool isLoggingIn() const { return m_state == State::LoggingIn; }
    int loginCount() const { return m_loginCount; } // successful logins, re-logins included

    // Asynchronous: GET the login page, fill the profile's form, POST, judge the answer.
    // Emits loginFinished() once; error.isError() is false on success.
    void login(const QString &user, const QString &password);

    // A job reading one page with the session's cookies (see PageRead). The job belongs to
    // the session until it finishes; connect to PageRead::finished and call start().
    PageRead *readPage(const QUrl &url);

    // Whether an answer means "your session is gone", per the profile's login.expired.
    bool looksExpired(const NetResponse &response) const;

    // For PageRead: renews the session once per expiry (concurrent reads share one re-login)
    // and calls done with the outcome. generation is the session generation the read saw.
    void relogin(
        quint64 generation, QObject *context, std::function<void(const PortalError &)> done);
    quint64 generation() const { return m_generation; }

signals:
    void loginFinished(const PortalError &error);
    void sessionRenewed(); // logged in again after an expiry

private:
    enum class State { LoggedOut, LoggingIn, LoggedIn };
    void onLoginPage(const NetResponse &response);
    void onLoginAnswer(const NetResponse &response);
    void judgeLogin(const NetResponse &response, bool followed);
    void finishLogin(const PortalError &error);

    SiteProfile m_profile;
    NetworkPool *m_pool = nullptr;
    State m_state = State::LoggedOut;
    QString m_user;
    QString m_password; // memory only: never logged, never stored
    quint64 m_generation = 0; // bumped on every successful login
    int m_loginCount = 0;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const PortalError &)> done;
    };
    QList<Waiter> m_waiters; // page reads waiting for a re-login
};
