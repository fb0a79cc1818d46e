#include "session/expirysignal.h"

#include "profile/siteprofile.h"

ExpirySignal::ExpirySignal(const SiteProfile &profile)
    : m_redirectContains(profile.login.expired.redirectContains)
    , m_loginPage(profile.loginUrl().path())
    , m_statusCodes(profile.login.expired.statusCodes)
    , m_text(profile.login.expired.text)
{
}

bool ExpirySignal::isRedirectToLogin(const QString &target) const
{
    if (!m_redirectContains.isEmpty() && target.contains(m_redirectContains))
        return true;
    // A redirect to the login page itself says the same, whatever the profile spelled out.
    if (m_loginPage.size() <= 1)
        return false;
    const QString path = QUrl(target).path();
    return path == m_loginPage;
}

bool ExpirySignal::isExpired(
    int status, const QList<QUrl> &redirectTargets, const QByteArray &body) const
{
    for (const QUrl &target : redirectTargets) {
        if (isRedirectToLogin(target.toString()))
            return true;
    }
    if (m_statusCodes.contains(status))
        return true;
    return !m_text.isEmpty() && !body.isEmpty() && QString::fromUtf8(body).contains(m_text);
}
