#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

struct SiteProfile;

// The one place that decides whether an answer is the portal's "your session is gone": a
// redirect towards the login page (login.expired.redirect_contains, or the login page itself),
// one of login.expired.status_codes, or a page holding login.expired.text. Page reads and
// release answers are judged by the same rules. Pure and cheap: usable on any thread.
class ExpirySignal final
{
public:
    explicit ExpirySignal(const SiteProfile &profile);

    bool isExpired(int status, const QList<QUrl> &redirectTargets, const QByteArray &body) const;
    bool isRedirectToLogin(const QString &target) const;

private:
    QString m_redirectContains;
    QString m_loginPage;
    QList<int> m_statusCodes;
    QString m_text;
};
