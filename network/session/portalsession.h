#pragma once

#include "portalerror.h"
#include "profile/siteprofile.h"
#include "session/expirysignal.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class LoginJob;
class NetworkPool;
class PageRead;
class QNetworkCookieJar;
struct LoginResult;
struct NetResponse;

// The logged-in conversation with one portal: owns the network pool and with it the ONE cookie
// jar that login, scraping and releasing share. Keeps the password in memory only, for logging
// in again when the portal ends the session. Lives on the thread that created it.
//
// A small state machine:
//   LoggedOut --login()--> LoggingIn --ok--> LoggedIn --expired / budget spent--> Renewing
//   Renewing --ok--> LoggedIn (renewed())   Renewing --failed / not helping--> LoggedOut (lost())
// loginFinished() answers login() only, once; a renewal is renewed() or lost(), never a login.
// While it renews, the pool holds every request that is not part of the login, so nothing goes
// out on a session known to be dead; answers that come back expired from before the renewal
// (their generation is older) just wait for it and are sent again.
class PortalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalSession)
public:
    enum class State { LoggedOut, LoggingIn, LoggedIn, Renewing };
    Q_ENUM(State)

    // Renewals in a row after which no answer came back unexpired: logging in stops helping.
    static constexpr int maxFruitlessRenewals = 3;
    // A session that ended by surprise teaches its life (the requests it answered) only if it
    // was in use until then: one that ended while idle says more about time than about count.
    static constexpr int busyWithinMs = 5000;

    explicit PortalSession(const SiteProfile &profile, QObject *parent = nullptr);
    ~PortalSession() override;

    const SiteProfile &profile() const { return m_profile; }
    NetworkPool *pool() const { return m_pool; }
    QNetworkCookieJar *cookieJar() const; // use from this object's thread only
    State state() const { return m_state; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    int loginCount() const { return m_loginCount; } // successful logins, renewals included
    int renewalCount() const { return m_loginCount > 0 ? m_loginCount - 1 : 0; }
    // Requests the last session that ended by surprise answered (0: none learnt yet): later
    // sessions are renewed before that many, like a life stated in the profile.
    int learntMaxRequests() const { return m_learntMaxRequests; }
    quint64 generation() const { return m_generation; }

    // The first login: asynchronous, loginFinished() comes once, never inside this call.
    void login(const QString &user, const QString &password);

    // A job reading one page with the session's cookies (see PageRead), owned by the session
    // until it finishes; connect to PageRead::finished, then start().
    // headers go out on top of the profile's headers for page reads.
    PageRead *readPage(const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    // Whether an answer means "your session is gone" (see ExpirySignal).
    bool looksExpired(const NetResponse &response) const;
    const ExpirySignal &expirySignal() const { return m_expiry; }

    // An answer to a request sent under `generation` said the session is gone: one renewal
    // for everybody (a no-op when that session was already renewed or is being renewed).
    void reportExpired(quint64 generation);
    // An answer under `generation` was a real one: logging in helps.
    void noteAnswered(quint64 generation);
    // Calls done once the session is live (from the event loop, never inside this call), or
    // with the error that ended it. Dropped when context goes first.
    void whenLive(QObject *context, std::function<void(const PortalError &)> done);
    // reportExpired() + whenLive(): how a page read or a release waits for the renewal.
    void relogin(
        quint64 generation, QObject *context, std::function<void(const PortalError &)> done);

    // For requests that do not go through the pool (releases): takes one request of the
    // session's stated life. False when the session is not live or its life is spent (then it
    // renews): wait with whenLive() and ask again.
    bool takeRequest();

signals:
    void loginFinished(const PortalError &error); // answers login(), once
    void renewed(); // logged in again after an expiry or before the stated life ran out
    void lost(const PortalError &error); // a renewal failed or stopped helping: logged out
    void stateChanged(PortalSession::State state);

private:
    void setState(State state);
    void startLoginJob();
    void onLoginJobFinished(const LoginResult &result);
    void beginRenewal(const QString &why, bool expired);
    bool lifeSpent() const;
    bool renewalIsFruitless(bool expired);
    void learnLife(quint64 generation);
    void callWaiters(const PortalError &error);

    SiteProfile m_profile;
    ExpirySignal m_expiry;
    NetworkPool *m_pool = nullptr;
    QPointer<LoginJob> m_loginJob;
    State m_state = State::LoggedOut;
    QString m_user;
    QString m_password; // memory only: never logged, never stored
    quint64 m_generation = 0; // bumped on every successful login
    int m_loginCount = 0;
    quint64 m_firstGeneration = 0; // the session of the first login (not a renewal)
    // Renewals in a row after a surprise end whose session answered nothing; an answer from
    // any session since m_streakStart (late ones included) ends the streak.
    int m_fruitlessRenewals = 0;
    quint64 m_streakStart = 0;
    // Session generation → requests it answered (the login's own included). Answers arrive
    // after their session's end is noticed: they still count for the session they belong to.
    QHash<quint64, int> m_answered;
    int m_loginRequests = 0; // requests the login itself makes on its new session
    quint64 m_learntFrom = 0;
    int m_learntMaxRequests = 0;
    QElapsedTimer m_sinceAnswer;
    int m_requestsThisLogin = 0;
    QElapsedTimer m_sinceLogin;
    PortalError m_lostError;
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const PortalError &)> done;
    };
    QList<Waiter> m_waiters;
};
