#pragma once

#include "http/netexchange.h"
#include "http/templatevalues.h"
#include "profile/siteprofile.h"
#include "profilecheckreport.h"
#include "releaseticket.h"

#include <QObject>
#include <QPointer>

class NetworkPool;
class LoginJob;
struct LoginResult;
struct ExtractedPage;

// Walks a profile against the live portal without releasing anything, for a person writing a
// profile: logs in (the form chosen, the fields sent, the charset, the success rule that
// matched), reads the captured values, reads the first list page (the charset it decoded with,
// the headers found, the first rows as parsed, the pages it will read) and, for the first
// pending ticket, runs the read steps of its release and shows the acting request it would send
// (never sent). Every problem comes with its likely fix. Secrets are redacted throughout.
//
// Widget-free, so the command line (check-profile) and the window share it. Uses a network pool
// of its own: nothing of a live connection is touched. start() once; exactly one finished(),
// never inside start().
class ProfileCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCheck)
public:
    ProfileCheck(const SiteProfile &profile, const QString &user, const QString &password,
        QObject *parent = nullptr);
    ~ProfileCheck() override;

    void start();
    void cancel(); // finished() still comes, with what was found so far

    // What can be told without the portal: placeholders nothing fills, among others.
    static void checkProfile(const SiteProfile &profile, ProfileCheckReport *report);

signals:
    void finished(const ProfileCheckReport &report);

private:
    void onLogin(const LoginResult &result);
    void readFirstPage();
    void onFirstPage(const NetResponse &response);
    void reportHeaders(const QString &text, const QUrl &url);
    void reportPages(const ExtractedPage &page);
    void nextStep();
    void onStepPage(const NetResponse &response);
    void finish();
    void get(const QUrl &url, void (ProfileCheck::*handler)(const NetResponse &),
        const QList<std::pair<QByteArray, QByteArray>> &headers = {});

    SiteProfile m_profile;
    QString m_user;
    QString m_password; // memory only
    NetworkPool *m_pool = nullptr;
    QPointer<LoginJob> m_login;
    quint64 m_pending = 0;
    ProfileCheckReport m_report;
    TemplateValues m_values;
    ReleaseTicket m_ticket; // the first pending ticket
    int m_step = 0;
    QString m_pageCharset; // of the page the last read step read
    bool m_started = false;
    bool m_finished = false;
};
