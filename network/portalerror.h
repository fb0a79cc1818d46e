#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

// The one error type of the portal layer: a category for code to branch on and a specific,
// readable message for people ("page 3 (http://…/tickets?page=3): HTTP 500 after 3 retries").
// Categories become words in exactly one place, categoryText().
struct PortalError
{
    enum Category {
        None,
        Network, // connection refused, reset, DNS, ...
        Timeout, // no answer within the transfer timeout
        Tls, // certificate or handshake problem
        TooLarge, // answer above politeness.max_page_bytes
        OffOrigin, // a URL or redirect leaving the profile's origin
        HttpStatus, // an unexpected HTTP status (5xx after retries, 404, ...)
        RateLimited, // 429/503 still after the bounded waits
        LoginFormMissing, // the login page holds no form matching the profile
        LoginFailed, // the portal refused the credentials
        SessionExpired, // still expired after logging in again once
        Malformed, // a page that does not look like the profile says
        Profile, // the profile itself is wrong
        Cancelled,
    };

    Category category = None;
    QString message; // specific detail, without the category words
    int httpStatus = 0;
    QUrl url; // the request it concerns (shown without query: tokens live there)

    bool isError() const { return category != None; }
    static QString categoryText(Category category);
    // "<category words>: <message>"; safe to log and to show.
    QString text() const;

    static PortalError make(
        Category category, const QString &message, const QUrl &url = {}, int httpStatus = 0);
};

Q_DECLARE_METATYPE(PortalError)
