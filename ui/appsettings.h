#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "notify/webhookconfig.h"

// Typed access to the user's QSettings, so keys and defaults live in one place. Only preferences
// and window state are kept here: never a password, a cookie or a token.
class AppSettings final
{
public:
    // "system", "zh_CN" or "en"; takes effect on the next start (translators are installed once).
    static QString language();
    static void setLanguage(const QString &language);

    // 0 / -1 mean "as the profile says".
    static int concurrencyLimit();
    static void setConcurrencyLimit(int limit);
    static int minIntervalMs();
    static void setMinIntervalMs(int ms);

    // Stable name of the failure policy ("stop", "finish-batch", "continue").
    static QString failurePolicy();
    static void setFailurePolicy(const QString &policy);
    static bool overlapBatches();
    static void setOverlapBatches(bool overlap);

    // Most recently used profile files first (embedded ones are listed by the dialog itself).
    static QStringList recentProfiles();
    static void addRecentProfile(const QString &path);
    static QString lastUser();
    static void setLastUser(const QString &user);
    static bool rememberPassword();
    static void setRememberPassword(bool remember);

    // The team-chat webhook: flavour and URL here; the signing secret only in the keychain,
    // under webhookSecretKey(url). webhook().secret is always empty.
    static WebhookConfig webhook();
    static void setWebhook(const WebhookConfig &config);
    static QString webhookSecretKey(const QUrl &url);

    static QByteArray windowValue(const QString &key);
    static void setWindowValue(const QString &key, const QByteArray &value);

    static constexpr int maxRecentProfiles = 8;
};
