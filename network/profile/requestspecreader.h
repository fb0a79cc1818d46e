#pragma once

#include "profile/requestspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

// Reads the request side of a format-2 profile (docs/profile.md, "Requests"):
//   login.request        how the login is sent (form or API, body, headers, API success rule)
//   captures             named values read after every login
//   headers              per request kind: all, page, login, release
//   release.steps        a multi-step release, the last step acting
//   form_charset         charset override for form bodies (default: the page's, as browsers)
// Every problem is appended to *problems with its full field path; unknown keys inside these
// sections are problems too (a typo would otherwise be silently ignored).
class RequestSpecReader final
{
    Q_DECLARE_TR_FUNCTIONS(RequestSpecReader)
public:
    explicit RequestSpecReader(QStringList *problems);

    void readLoginRequest(const QJsonValue &value, LoginRequestSpec *out);
    void readCaptures(const QJsonValue &value, QList<CaptureSpec> *out);
    void readHeaders(const QJsonValue &value, HeaderSpec *out);
    void readSteps(const QJsonValue &value, QList<ReleaseStepSpec> *out);
    void readFormCharset(const QJsonValue &value, QString *out);

    // Placeholders used by the request side that nothing can fill: {name} that is neither a
    // capture, a credential nor a ticket field (fields: the list's column names).
    static QStringList unknownPlaceholders(const RequestProfile &requests, const QStringList &fields);

private:
    RequestSpec readRequest(const QJsonObject &object, const QString &path, QStringList *seen);
    BodySpec readBody(const QJsonValue &value, const QString &path);
    HeaderList readHeaderList(const QJsonValue &value, const QString &path);
    CaptureSpec readCapture(const QString &name, const QJsonValue &value, const QString &path,
        bool fromStep);
    void unknownKeys(const QJsonObject &object, const QString &path, const QStringList &known);
    void fail(const QString &path, const QString &what);

    QStringList *m_problems;
};
