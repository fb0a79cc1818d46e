#pragma once

#include "http/templatevalues.h"
#include "profile/requestspec.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// A request with every placeholder filled and the body encoded: what goes on the wire.
struct BuiltRequest
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // the content type is not among them
    QByteArray body;
    QByteArray contentType; // empty when there is no body
    QString charset; // the charset a form body was encoded in ("" = not a form)
    QStringList formFieldNames; // form body: names sent, in order (for reports)
    QStringList missing; // placeholders that had no value (a profile or page problem)

    // One line for logs and reports with every secret redacted:
    // "POST http://host/release.do [form, GBK] id=1001&confirmToken=***".
    QString describe(const TemplateValues &values) const;
};

// What the context supplies when the spec leaves it open: the login form or a row's form
// (action, method, fields a browser would send), or the ticket's release link.
struct RequestDefaults
{
    QString method; // "" = POST when there is a body, else GET
    QUrl url; // absolute
    QList<QPair<QString, QString>> formFields; // sent as the form body unless the spec has a JSON one
    QString charset; // of the page the form is on (or its accept-charset); "" = UTF-8
};

// Builds requests from a profile's RequestSpec: the URL template resolved against base_url, the
// profile's headers for the request kind then the spec's own, a form body in the form's charset
// (as a browser submits it) or a JSON body from its template with the content type set to match.
class RequestBuilder final
{
public:
    enum class Kind { Page, Login, Release };

    RequestBuilder(const QUrl &baseUrl, const HeaderSpec &headers, const TemplateValues &values);

    BuiltRequest build(Kind kind, const RequestSpec &spec, const RequestDefaults &defaults = {}) const;
    // The profile's headers for a kind ("all" first, then the kind's own), expanded.
    QList<QPair<QByteArray, QByteArray>> headersFor(Kind kind, QStringList *missing = nullptr) const;

    // name=value&… in the charset, percent-encoded byte by byte as browsers do.
    static QByteArray encodeForm(const QList<QPair<QString, QString>> &fields, const QString &charset);

private:
    QUrl m_baseUrl;
    HeaderSpec m_headers;
    const TemplateValues &m_values;
};
