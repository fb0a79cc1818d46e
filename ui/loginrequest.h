#pragma once

#include <QString>
#include <QUrl>

// What the login dialog hands to the controller. The password lives only in memory.
struct LoginRequest
{
    QString profilePath; // a file or an embedded ":/profiles/..." resource
    QUrl baseUrlOverride; // empty: the profile's own base URL
    QString user;
    QString password;
    bool rememberPassword = false;
};
