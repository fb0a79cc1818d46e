#include "httprequest.h"

QByteArray HttpRequest::header(const QByteArray &lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

QByteArray HttpRequest::cookie(const QByteArray &name) const
{
    for (const auto &[headerName, value] : headers) {
        if (headerName != "cookie")
            continue;
        for (const QByteArray &pair : value.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype eq = trimmed.indexOf('=');
            if (eq > 0 && trimmed.left(eq) == name)
                return trimmed.mid(eq + 1);
        }
    }
    return {};
}

QUrlQuery HttpRequest::decodeForm(const QByteArray &encoded)
{
    QByteArray spaced = encoded;
    spaced.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(spaced));
}

QString HttpRequest::formField(const QString &name) const
{
    if (body.isEmpty())
        return {};
    return decodeForm(body).queryItemValue(name, QUrl::FullyDecoded);
}

QString HttpRequest::parameter(const QString &name) const
{
    const QUrlQuery form = decodeForm(body);
    if (form.hasQueryItem(name))
        return form.queryItemValue(name, QUrl::FullyDecoded);
    return decodeForm(query).queryItemValue(name, QUrl::FullyDecoded);
}

int HttpRequest::parseHead(
    QByteArrayView head, qsizetype maxBodyBytes, HttpRequest *request, qsizetype *contentLength)
{
    qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const qsizetype sp1 = requestLine.indexOf(' ');
    const qsizetype sp2 = requestLine.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 + 1)
        return 400;
    const QByteArrayView version = requestLine.sliced(sp2 + 1);
    if (!version.startsWith("HTTP/1."))
        return 400;
    request->method = requestLine.first(sp1).toByteArray();
    request->target = requestLine.sliced(sp1 + 1, sp2 - sp1 - 1).toByteArray();
    const qsizetype question = request->target.indexOf('?');
    request->path = question < 0 ? request->target : request->target.left(question);
    if (question >= 0)
        request->query = request->target.mid(question + 1);

    QByteArray connection;
    bool chunked = false;
    bool lengthOk = true;
    while (lineEnd >= 0) {
        const qsizetype start = lineEnd + 2;
        lineEnd = head.indexOf("\r\n", start);
        const QByteArrayView line
            = head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == "content-length")
            *contentLength = value.toLongLong(&lengthOk);
        else if (name == "transfer-encoding")
            chunked = true;
        else if (name == "connection")
            connection = value.toLower();
        request->headers.append({ std::move(name), std::move(value) });
    }
    if (chunked)
        return 501; // no client of the portal sends chunked bodies
    if (!lengthOk || *contentLength < 0)
        return 400;
    if (*contentLength > maxBodyBytes)
        return 413;
    request->keepAlive
        = version == "HTTP/1.1" ? !connection.contains("close") : connection.contains("keep-alive");
    return 0;
}
