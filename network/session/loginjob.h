#pragma once

#include "http/netexchange.h"
#include "portaljob.h"
#include "profile/siteprofile.h"

#include <QPointer>

class NetworkPool;

struct LoginResult
{
    PortalError error; // None: logged in
    // Requests that went out with the new session's cookie while logging in (a success page
    // read behind the redirect): the portal counts them against the session's life.
    int requestsOnNewSession = 0;
};

// Logging in once, as a browser would: GET the login page, fill the profile's form (hidden
// fields included), send it, judge the answer by login.success / login.failure. Its requests are
// part of the login: they pass a held pool. A PortalJob: one finished(), never inside start().
class LoginJob final : public PortalJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginJob)
public:
    LoginJob(const SiteProfile &profile, NetworkPool *pool, const QString &user,
        const QString &password, QObject *parent = nullptr);
    ~LoginJob() override;

signals:
    void finished(const LoginResult &result);

protected:
    void begin() override;
    void abandon() override;

private:
    quint64 send(NetRequest request, void (LoginJob::*handler)(const NetResponse &));
    void onLoginPage(const NetResponse &response);
    void onLoginAnswer(const NetResponse &response);
    void onFollowedAnswer(const NetResponse &response);
    void judge(const NetResponse &response);
    void finish(const PortalError &error);

    const SiteProfile &m_profile;
    QPointer<NetworkPool> m_pool;
    QString m_user;
    QString m_password; // memory only: never logged, never stored
    quint64 m_pending = 0;
    QUrl m_redirectTarget;
    int m_requestsOnNewSession = 0;
};
