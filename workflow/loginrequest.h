#pragma once

#include <QString>
#include <QUrl>

// What a front end hands to the workflow to connect. The password lives only in memory.
struct LoginRequest
{
    QString profilePath; // a file or an embedded ":/profiles/..." resource
    QUrl baseUrlOverride; // empty: the profile's own base URL
    QString user;
    QString password;
    bool rememberPassword = false;
    // The person's settings, which win over the profile's politeness where set.
    int concurrencyLimit = 0; // 0: the profile's
    int minIntervalMs = -1; // -1: the profile's
};
