#pragma once

#include "http/netexchange.h"
#include "http/templatevalues.h"
#include "portaljob.h"
#include "profile/siteprofile.h"

#include <QHash>
#include <QPointer>

class NetworkPool;

// What the login did, for the profile check: every value a person may see is redacted.
struct LoginReport
{
    QString form; // the form chosen (its action and method), "" for an API login
    QString request; // the login request as sent, secrets redacted (BuiltRequest::describe)
    QStringList fields; // names of the fields sent, in order
    QString charset; // the charset the credentials were encoded in
    QString charsetSource; // why that charset ("the page declares …", "accept-charset", …)
    QString pageCharset; // the charset the login page declares ("" = none)
    QString answerCharset; // the charset the answer was decoded with
    QString successRule; // which rule said "logged in"
    QStringList captured; // "csrf = ***  (meta … on app)"
};

struct LoginResult
{
    PortalError error; // None: logged in
    // Requests that went out with the new session's cookie while logging in (a success page
    // read behind the redirect): the portal counts them against the session's life.
    int requestsOnNewSession = 0;
    TemplateValues captured; // the profile's captures, read after this login
    LoginReport report;
};

// Logging in once, as a browser would: GET the login page, fill the profile's form (hidden
// fields included) and send it in the page's charset (or the form's accept-charset), judge the
// answer by login.success / login.failure. Or, with login.request kind "api", send the profile's
// request (a JSON body with {user} and {password}) and judge by status and a JSON path. Then
// read the profile's captures ({csrf} from a page's meta, a cookie, the login answer) into the
// pool, so every later request can use them. Its requests are part of the login: they pass a
// held pool. A PortalJob: one finished(), never inside start().
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
    void judgeApi(const NetResponse &response);
    void sendApiLogin();
    void captureNext();
    void onCapturePage(const NetResponse &response);
    void finish(const PortalError &error);
    TemplateValues credentials() const;

    const SiteProfile &m_profile;
    QPointer<NetworkPool> m_pool;
    QString m_user;
    QString m_password; // memory only: never logged, never stored
    quint64 m_pending = 0;
    QUrl m_redirectTarget;
    int m_requestsOnNewSession = 0;
    NetResponse m_answer; // the login answer, for captures from it
    TemplateValues m_captured;
    int m_capture = 0; // next capture to read
    QHash<QUrl, NetResponse> m_capturePages; // one read per page, however many values it holds
    LoginReport m_report;
};
