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
