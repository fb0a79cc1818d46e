#include "http/requestbuilder.h"

#include "http/charset.h"
#include "profile/jsonkeyorder.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

void appendHeaders(QList<QPair<QByteArray, QByteArray>> &out, const HeaderList &headers,
    const TemplateValues &values, QStringList *missing)
{
    for (const auto &[name, pattern] : headers) {
        const QByteArray key = name.toLatin1();
        // A later list (the kind's own, then the request's) replaces an earlier header.
        out.removeIf([&](const auto &header) { return header.first.compare(key, Qt::CaseInsensitive) == 0; });
        out.append({ key, values.expand(pattern, missing).toUtf8() });
    }
}

} // namespace

RequestBuilder::RequestBuilder(
    const QUrl &baseUrl, const HeaderSpec &headers, const TemplateValues &values)
    : m_baseUrl(baseUrl)
    , m_headers(headers)
    , m_values(values)
{
}

QList<QPair<QByteArray, QByteArray>> RequestBuilder::headersFor(Kind kind, QStringList *missing) const
{
    QList<QPair<QByteArray, QByteArray>> out;
    appendHeaders(out, m_headers.all, m_values, missing);
    switch (kind) {
    case Kind::Page:
        appendHeaders(out, m_headers.page, m_values, missing);
        break;
    case Kind::Login:
        appendHeaders(out, m_headers.login, m_values, missing);
        break;
    case Kind::Release:
        appendHeaders(out, m_headers.release, m_values, missing);
        break;
    }
    return out;
}

QByteArray RequestBuilder::encodeForm(
    const QList<QPair<QString, QString>> &fields, const QString &charset)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += Charset::encode(name, charset).toPercentEncoding() + '='
            + Charset::encode(value, charset).toPercentEncoding();
    }
    return body;
}

BuiltRequest RequestBuilder::build(
    Kind kind, const RequestSpec &spec, const RequestDefaults &defaults) const
{
    BuiltRequest out;
    out.url = spec.url.isEmpty() ? defaults.url
                                 : m_baseUrl.resolved(QUrl(m_values.expand(spec.url, &out.missing)));
    out.headers = headersFor(kind, &out.missing);
    appendHeaders(out.headers, spec.headers, m_values, &out.missing);

    QList<QPair<QString, QString>> form;
    bool hasForm = false;
    switch (spec.body.kind) {
    case BodySpec::Kind::Json: {
        const QJsonValue json = m_values.expandJson(spec.body.json, &out.missing);
        out.body = JsonKeyOrder::write(json, spec.body.jsonKeyOrder); // the profile's key order
        out.contentType = "application/json";
        break;
    }
    case BodySpec::Kind::Form:
        // The spec's fields override the form's own (a hidden token kept, a value replaced).
        form = defaults.formFields;
        for (const auto &entry : spec.body.form) {
            // Not a structured binding: clang 15 (the fuzz build) cannot capture one.
            const QString &name = entry.first;
            const QString value = m_values.expand(entry.second, &out.missing);
            const auto it = std::find_if(
                form.begin(), form.end(), [&](const auto &field) { return field.first == name; });
            if (it != form.end())
                it->second = value;
            else
                form.append({ name, value });
        }
        hasForm = true;
        break;
    case BodySpec::Kind::None:
        form = defaults.formFields;
        hasForm = !form.isEmpty();
        break;
    }

    QString method = spec.method.isEmpty() ? defaults.method : spec.method;
    if (method.isEmpty())
        method = (hasForm || !out.body.isEmpty()) ? QStringLiteral("POST") : QStringLiteral("GET");
    out.method = method.toUpper().toLatin1();

    if (hasForm) {
        out.charset = defaults.charset.isEmpty() ? QStringLiteral("UTF-8") : defaults.charset;
        for (const auto &field : std::as_const(form))
            out.formFieldNames.append(field.first);
        const QByteArray encoded = encodeForm(form, out.charset);
        if (out.method == "GET") {
            // A GET form goes in the query, as a browser submits it.
            QByteArray query = out.url.query(QUrl::FullyEncoded).toLatin1();
            if (!query.isEmpty() && !encoded.isEmpty())
                query += '&';
            out.url.setQuery(QString::fromLatin1(query + encoded), QUrl::StrictMode);
        } else {
            out.body = encoded;
            out.contentType = "application/x-www-form-urlencoded";
        }
    }
    // A Content-Type header in the profile wins over the one the body implies.
    for (qsizetype i = 0; i < out.headers.size(); ++i) {
        if (out.headers.at(i).first.compare("content-type", Qt::CaseInsensitive) == 0) {
            out.contentType = out.headers.takeAt(i).second;
            break;
        }
    }
    return out;
}

QString BuiltRequest::describe(const TemplateValues &values) const
{
    QString line = QString::fromLatin1(method) + u' '
        + redactSecrets(values.redact(url.toString(QUrl::RemoveUserInfo)));
    if (!contentType.isEmpty()) {
        line += QStringLiteral(" [%1%2]").arg(QString::fromLatin1(contentType),
            charset.isEmpty() ? QString() : QStringLiteral(", ") + charset);
        if (contentType.startsWith("application/json"))
            line += u' ' + values.redact(QString::fromUtf8(body));
        else if (!formFieldNames.isEmpty())
            line += u' ' + formFieldNames.join(u'&');
    }
    for (const auto &[name, value] : headers)
        line += QStringLiteral("\n    %1: %2").arg(QString::fromLatin1(name), values.redact(QString::fromUtf8(value)));
    return line;
}
