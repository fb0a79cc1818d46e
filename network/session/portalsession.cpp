#include "session/portalsession.h"

#include "http/netexchange.h"
#include "http/networkpool.h"
#include "logging.h"
#include "scrape/htmldocument.h"
#include "scrape/pageread.h"
#include "session/loginjob.h"

PortalSession::PortalSession(const SiteProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_expiry(profile)
    , m_pool(new NetworkPool(profile, this))
{
    HtmlDocument::initialize(); // libxml2 set up on this (the owning) thread before any parse
    // Every page read asks here before it goes out: it may not carry a session known to be
    // spent. After a lost session requests go out and their answers say so.
    m_pool->setAdmissionCheck([this] { return m_state == State::LoggedOut || takeRequest(); });
}

PortalSession::~PortalSession()
{
    delete m_loginJob; // before the pool it uses
}

QNetworkCookieJar *PortalSession::cookieJar() const
{
    return m_pool->cookieJar();
}

void PortalSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PortalSession::login(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    if (m_state == State::LoggingIn || m_state == State::Renewing)
        return; // the running attempt answers this call too
    m_lostError = {};
    m_fruitlessRenewals = 0;
    m_learntMaxRequests = 0;
    qCInfo(lcSession).noquote() << "logging in to" << m_profile.baseUrl.toString() << "as" << user;
    setState(State::LoggingIn);
    startLoginJob();
}

void PortalSession::startLoginJob()
{
    // Nothing but the login's own requests goes out until it is over.
    m_pool->setHeld(true);
    auto *job = new LoginJob(m_profile, m_pool, m_user, m_password, this);
    m_loginJob = job;
    connect(job, &LoginJob::finished, this, &PortalSession::onLoginJobFinished);
    job->start();
}

void PortalSession::onLoginJobFinished(const LoginResult &result)
{
    const bool renewal = m_state == State::Renewing;
    m_loginJob = nullptr;
    if (result.error.isError()) {
        // text() starts with the category ("login failed: …"): no second prefix.
        if (renewal)
            qCWarning(lcSession).noquote()
                << "logging in again failed:" << redactSecrets(result.error.text());
        else
            qCWarning(lcSession).noquote() << redactSecrets(result.error.text());
        PortalError error = result.error;
        if (renewal)
            error.message = tr("the session expired and logging in again failed: %1")
                                .arg(result.error.message);
        m_lostError = error;
        setState(State::LoggedOut);
        m_pool->setHeld(false); // what waits goes out and learns the session is gone
        callWaiters(error);
        if (renewal)
            emit lost(error);
        else
            emit loginFinished(error);
        return;
    }
    ++m_generation;
    ++m_loginCount;
    if (!renewal)
        m_firstGeneration = m_generation;
    m_pool->setSessionGeneration(m_generation);
    m_requestsThisLogin = result.requestsOnNewSession;
    m_loginRequests = result.requestsOnNewSession;
    m_answered.insert(m_generation, 0);
    // Only the sessions still answering matter; the rest would only grow with every renewal.
    m_answered.removeIf([this](const auto &entry) { return entry.key() + 8 < m_generation; });
    m_sinceLogin.start();
    qCInfo(lcSession) << (renewal ? "logged in again" : "logged in");
    setState(State::LoggedIn);
    m_pool->setHeld(false);
    callWaiters({});
    if (renewal)
        emit renewed();
    else
        emit loginFinished({});
}

void PortalSession::callWaiters(const PortalError &error)
{
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(error);
    }
}

// Whether logging in again stopped helping: the session that just ended by surprise is the
// maxFruitlessRenewals-th renewal in a row that answered nothing. Answers that come back late
// from such a session still end the streak (noteAnswered).
bool PortalSession::renewalIsFruitless(bool expired)
{
    if (!expired)
        return false;
    const bool renewed = m_generation != m_firstGeneration;
    const bool answered = m_answered.value(m_generation) > 0;
    if (!renewed || answered) {
        m_fruitlessRenewals = 0;
        return false;
    }
    if (m_fruitlessRenewals++ == 0)
        m_streakStart = m_generation;
    return m_fruitlessRenewals >= maxFruitlessRenewals;
}

void PortalSession::beginRenewal(const QString &why, bool expired)
{
    if (m_state != State::LoggedIn)
        return;
    if (expired)
        learnLife(m_generation);
    if (renewalIsFruitless(expired)) {
        // Each fresh session was gone again before a single answer came back: the portal
        // refuses this client, and logging in once more would only hammer it.
        const PortalError error = PortalError::make(PortalError::SessionExpired,
            tr("the portal ended the session %1 times in a row before a single answer came "
               "back; logging in again does not help (check the profile's login.expired rules "
               "and whether the account may hold a session)")
                .arg(maxFruitlessRenewals),
            m_profile.baseUrl);
        qCWarning(lcSession).noquote() << error.text();
        m_lostError = error;
        setState(State::LoggedOut);
        m_pool->setHeld(false);
        callWaiters(error);
        emit lost(error);
        return;
    }
    qCInfo(lcSession).noquote() << why << "- logging in again";
    setState(State::Renewing);
    startLoginJob();
}

// A session that ended by surprise while in use answered what the portal allows (its
// requests counted, answers that come late included): later sessions are renewed before that
// many, so a portal that counts requests turns away at most one round of them, once.
void PortalSession::learnLife(quint64 generation)
{
    const int answered = m_answered.value(generation);
    const bool busy = m_sinceAnswer.isValid() && m_sinceAnswer.elapsed() < busyWithinMs;
    if (answered <= 0 || !busy)
        return;
    m_learntFrom = generation;
    m_learntMaxRequests = answered + m_loginRequests;
    qCInfo(lcSession) << "the session ended after" << m_learntMaxRequests
                      << "requests; later ones are renewed before that many";
}

bool PortalSession::lifeSpent() const
{
    const SiteProfile::SessionLife &life = m_profile.login.session;
    int maxRequests = life.maxRequests;
    if (m_learntMaxRequests > 0 && (maxRequests <= 0 || m_learntMaxRequests < maxRequests))
        maxRequests = m_learntMaxRequests;
    if (maxRequests > 0 && m_requestsThisLogin >= maxRequests)
        return true;
    if (life.maxAgeS > 0 && m_sinceLogin.isValid()) {
        // Renew a little early: a request started just before the end arrives after it.
        const qint64 ageMs = qint64(life.maxAgeS) * 1000;
        const qint64 margin = qMin(qMax<qint64>(1000, ageMs / 10), ageMs / 2);
        return m_sinceLogin.elapsed() >= ageMs - margin;
    }
    return false;
}

bool PortalSession::takeRequest()
{
    if (m_state != State::LoggedIn)
        return false;
    if (lifeSpent()) {
        beginRenewal(QStringLiteral("the session's stated life is used up"), false);
        return false;
    }
    ++m_requestsThisLogin;
    return true;
}

PageRead *PortalSession::readPage(
    const QUrl &url, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return new PageRead(this, url, headers, this);
}

bool PortalSession::looksExpired(const NetResponse &response) const
{
    return m_expiry.isExpired(response.status, response.redirects, response.body);
}

void PortalSession::reportExpired(quint64 generation)
{
    if (generation != m_generation || m_state != State::LoggedIn)
        return; // renewed since that request went out, or being renewed now
    beginRenewal(QStringLiteral("the session expired"), true);
}

void PortalSession::noteAnswered(quint64 generation)
{
    const auto it = m_answered.find(generation);
    if (it == m_answered.end())
        return; // a session long gone
    ++it.value();
    m_sinceAnswer.start();
    if (m_fruitlessRenewals > 0 && generation >= m_streakStart)
        m_fruitlessRenewals = 0; // that session did answer, only late
    if (generation == m_learntFrom)
        m_learntMaxRequests = qMax(m_learntMaxRequests, it.value() + m_loginRequests);
}

void PortalSession::whenLive(QObject *context, std::function<void(const PortalError &)> done)
{
    if (m_state == State::LoggingIn || m_state == State::Renewing) {
        m_waiters.append({ context, std::move(done) });
        return;
    }
    PortalError error;
    if (m_state == State::LoggedOut)
        error = m_lostError.isError()
            ? m_lostError
            : PortalError::make(PortalError::SessionExpired, tr("not logged in"));
    QMetaObject::invokeMethod(
        this,
        [context = QPointer<QObject>(context), done = std::move(done), error] {
            if (context)
                done(error);
        },
        Qt::QueuedConnection);
}

void PortalSession::relogin(
    quint64 generation, QObject *context, std::function<void(const PortalError &)> done)
{
    reportExpired(generation);
    whenLive(context, std::move(done));
}
