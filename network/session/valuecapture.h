#pragma once

#include "profile/requestspec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkCookieJar;

// Reads one captured value (CaptureSpec) from an answer or from the cookie jar. Matching is on
// decoded text: the caller passes the answer already decoded by its charset.
class ValueCapture final
{
    Q_DECLARE_TR_FUNCTIONS(ValueCapture)
public:
    // From an answer: a JSON path when the spec has one, else an XPath on the HTML, then the
    // regex on what was found (or on the whole text when the spec has only a regex).
    static std::optional<QString> fromAnswer(const CaptureSpec &spec, const QString &text,
        const QUrl &url, QString *error);
    // The same on an answer as it came: decoded by its charset first (encoding: the profile's
    // override for answers that declare none).
    static std::optional<QString> fromAnswer(const CaptureSpec &spec, const QByteArray &body,
        const QByteArray &contentType, const QUrl &url, QString *error,
        const QString &encoding = {});
    static std::optional<QString> fromCookies(
        const CaptureSpec &spec, QNetworkCookieJar *jar, const QUrl &url, QString *error);

    // Dotted path into JSON ("data.token", "items.0.id"); Undefined when absent.
    static QJsonValue jsonAt(const QJsonValue &root, const QString &path);
    // A JSON scalar as text: strings as they are, true/false, numbers in decimal.
    static QString jsonText(const QJsonValue &value);
};
