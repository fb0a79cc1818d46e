#include "appsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

QString AppSettings::language()
{
    return QSettings().value(u"ui/language"_s, u"system"_s).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

int AppSettings::concurrencyLimit()
{
    return QSettings().value(u"run/concurrencyLimit"_s, 0).toInt();
}

void AppSettings::setConcurrencyLimit(int limit)
{
    QSettings().setValue(u"run/concurrencyLimit"_s, limit);
}

int AppSettings::minIntervalMs()
{
    return QSettings().value(u"run/minIntervalMs"_s, -1).toInt();
}

void AppSettings::setMinIntervalMs(int ms)
{
    QSettings().setValue(u"run/minIntervalMs"_s, ms);
}

QString AppSettings::failurePolicy()
{
    return QSettings().value(u"run/failurePolicy"_s, u"stop"_s).toString();
}

void AppSettings::setFailurePolicy(const QString &policy)
{
    QSettings().setValue(u"run/failurePolicy"_s, policy);
}

bool AppSettings::overlapBatches()
{
    return QSettings().value(u"run/overlapBatches"_s, false).toBool();
}

void AppSettings::setOverlapBatches(bool overlap)
{
    QSettings().setValue(u"run/overlapBatches"_s, overlap);
}

QStringList AppSettings::recentProfiles()
{
    return QSettings().value(u"profiles/recent"_s).toStringList();
}

void AppSettings::addRecentProfile(const QString &path)
{
    QStringList recent = recentProfiles();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentProfiles)
        recent.removeLast();
    QSettings().setValue(u"profiles/recent"_s, recent);
}

QString AppSettings::lastUser()
{
    return QSettings().value(u"login/lastUser"_s).toString();
}

void AppSettings::setLastUser(const QString &user)
{
    QSettings().setValue(u"login/lastUser"_s, user);
}

bool AppSettings::rememberPassword()
{
    return QSettings().value(u"login/rememberPassword"_s, false).toBool();
}

void AppSettings::setRememberPassword(bool remember)
{
    QSettings().setValue(u"login/rememberPassword"_s, remember);
}

QByteArray AppSettings::windowValue(const QString &key)
{
    return QSettings().value(u"window/"_s + key).toByteArray();
}

void AppSettings::setWindowValue(const QString &key, const QByteArray &value)
{
    QSettings().setValue(u"window/"_s + key, value);
}

WebhookConfig AppSettings::webhook()
{
    QSettings settings;
    WebhookConfig config;
    config.flavour
        = WebhookConfig::flavourFromName(settings.value(QStringLiteral("webhook/flavour")).toString())
              .value_or(WebhookConfig::Flavour::Slack);
    config.url = QUrl(settings.value(QStringLiteral("webhook/url")).toString());
    return config;
}

void AppSettings::setWebhook(const WebhookConfig &config)
{
    QSettings settings;
    settings.setValue(
        QStringLiteral("webhook/flavour"), WebhookConfig::flavourName(config.flavour));
    // The URL is stored (it is a setting); the secret never is.
    settings.setValue(QStringLiteral("webhook/url"), config.url.toString());
}

QString AppSettings::webhookSecretKey(const QUrl &url)
{
    return QStringLiteral("webhook-secret:") + url.host();
}
