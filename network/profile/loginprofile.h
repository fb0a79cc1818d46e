#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The "login" section: where the form is, which fields take the credentials, and how a
// successful login, a failed one and an expired session look.
struct LoginProfile
{
    struct Success
    {
        QString redirectContains; // the POST answers a redirect whose target contains this
        QString cookie; // a cookie of this name is set
        QString text; // the answer page contains this text
    };
    struct Failure
    {
        QString text; // the answer page contains this text
        QString messageXPath; // where the portal's own error message is
    };
    struct Expired
    {
        QString redirectContains; // a page read is redirected to a URL containing this
        QList<int> statusCodes; // a page read answers one of these codes (e.g. 401, 440)
        QString text; // a page read answers a page containing this text (a 200 login page)
    };
    // How long the portal keeps a session, when the profile says: ReleaseDesk then logs in again
    // before the limit instead of meeting an expired answer. 0: not stated.
    struct SessionLife
    {
        int maxRequests = 0; // requests carrying the session cookie
        int maxAgeS = 0; // seconds from the login
    };

    QString page = QStringLiteral("login"); // relative to baseUrl
    QString formXPath; // pick the form by XPath ...
    QStringList formFields; // ... or the first form holding all these field names
    QString userField = QStringLiteral("username");
    QString passwordField = QStringLiteral("password");
    QMap<QString, QString> extraFields; // override or add fields of the form
    Success success;
    Failure failure;
    Expired expired;
    SessionLife session;
};
