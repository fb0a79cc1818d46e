#include "webhookconfig.h"

using namespace Qt::StringLiterals;

QString WebhookConfig::displayUrl() const
{
    return url.isValid() ? url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo
                                      | QUrl::RemoveFragment)
                               .toDisplayString()
                         : QString();
}

QString WebhookConfig::flavourName(Flavour flavour)
{
    switch (flavour) {
    case Flavour::Slack:
        return u"slack"_s;
    case Flavour::DingTalk:
        return u"dingtalk"_s;
    case Flavour::WeCom:
        return u"wecom"_s;
    case Flavour::Feishu:
        return u"feishu"_s;
    }
    return {};
}

std::optional<WebhookConfig::Flavour> WebhookConfig::flavourFromName(const QString &name)
{
    for (Flavour flavour : { Flavour::Slack, Flavour::DingTalk, Flavour::WeCom, Flavour::Feishu }) {
        if (flavourName(flavour) == name)
            return flavour;
    }
    return std::nullopt;
}

QStringList WebhookConfig::flavourNames()
{
    return { u"slack"_s, u"dingtalk"_s, u"wecom"_s, u"feishu"_s };
}
