#pragma once

#include "profile/siteprofile.h"

#include <QString>
#include <QUrl>

#include <optional>

// What a front end hands to the workflow to connect. The password lives only in memory.
struct LoginRequest
{
    QString profilePath; // a file or an embedded ":/profiles/..." resource
    std::optional<SiteProfile> profile; // already loaded (and adjusted): used instead of the path
    QUrl baseUrlOverride; // empty: the profile's own base URL
    QString user;
    QString password;
    bool rememberPassword = false;
    // The person's settings, which win over the profile's politeness where set.
    int concurrencyLimit = 0; // 0: the profile's
    int minIntervalMs = -1; // -1: the profile's
    // Judge what earlier runs left unknown on the portal after login (writes to the history).
    bool reconcileLeftovers = true;
};
