#pragma once

#include <QList>
#include <QPair>
#include <QString>

// The "release" section: how one ticket is released and how the answer is judged.
struct ReleaseProfile
{
    struct Success
    {
        QList<int> statusCodes; // empty: any 2xx
        QString text;
        QString pattern; // regular expression matched against the body
        QString redirectContains; // success is a redirect to a URL containing this
    };
    struct Failure
    {
        QString text;
        QString pattern;
    };
    struct Message
    {
        QString xpath; // the readable result message in the answer page
        QString pattern; // or the first capture of this regular expression
    };

    QString method = QStringLiteral("GET"); // GET or POST
    // Request parameters; values may hold {field} placeholders (ReleaseTicket::field names).
    // GET: added to the release URL's query. POST: sent form-encoded as the body.
    QList<QPair<QString, QString>> params;
    Success success;
    Failure failure;
    Message message;
    // What an expired-session answer to a release means. Refused (the default): the web
    // application checked the session before its handler ran, so nothing happened; log in
    // and send again. Unknown: this portal may act before it checks; never sent again.
    enum class ExpiredAnswer { Refused, Unknown };
    ExpiredAnswer expiredAnswer = ExpiredAnswer::Refused;
};
