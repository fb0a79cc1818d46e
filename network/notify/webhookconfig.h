#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// Where team-chat messages go: an incoming-webhook URL of one of the common chat services and,
// for those that sign requests, the signing secret (kept in the keychain by the window, never in
// the settings file or a log).
struct WebhookConfig
{
    enum class Flavour {
        Slack, // and anything Slack-compatible (Mattermost, Rocket.Chat): {"text": ...}
        DingTalk, // 钉钉 robot: msgtype text; optional "加签" secret signs the URL
        WeCom, // 企业微信 group robot: msgtype text; the key is part of the URL
        Feishu, // 飞书 / Lark bot: msg_type text; optional secret signs the body
    };

    Flavour flavour = Flavour::Slack;
    QUrl url;
    QString secret;

    bool isEnabled() const { return url.isValid() && !url.isEmpty(); }
    // The URL as it may appear in a log or a message: scheme and host only, since the path and
    // query of an incoming webhook are its credential.
    QString displayUrl() const;

    static QString flavourName(Flavour flavour); // "slack", "dingtalk", "wecom", "feishu"
    static std::optional<Flavour> flavourFromName(const QString &name);
    static QStringList flavourNames();
};
