#include "session/valuecapture.h"

#include "http/charset.h"
#include "http/htmldocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QRegularExpression>

namespace {

std::optional<QString> applyRegex(const CaptureSpec &spec, const QString &value, QString *error)
{
    if (spec.regex.isEmpty())
        return value;
    const QRegularExpression re(spec.regex);
    if (!re.isValid()) {
        *error = ValueCapture::tr("the regular expression of {%1} is invalid: %2")
                     .arg(spec.name, re.errorString());
        return std::nullopt;
    }
    const QRegularExpressionMatch match = re.match(value);
    if (!match.hasMatch()) {
        *error = ValueCapture::tr("the regular expression of {%1} matches nothing").arg(spec.name);
        return std::nullopt;
    }
    return match.captured(match.lastCapturedIndex() > 0 ? 1 : 0);
}

} // namespace

QJsonValue ValueCapture::jsonAt(const QJsonValue &root, const QString &path)
{
    if (path.isEmpty())
        return root;
    QJsonValue v = root;
    for (const QString &part : path.split(u'.')) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        if (isIndex && v.isArray())
            v = v.toArray().at(index);
        else if (v.isObject() && v.toObject().contains(part))
            v = v.toObject().value(part);
        else
            return QJsonValue(QJsonValue::Undefined);
    }
    return v;
}

QString ValueCapture::jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Whole numbers without a fraction; the range first, since converting a double beyond
        // qint64 (an id of 40 digits, 1e39) is undefined behaviour. -2^63 <= d < 2^63.
        const bool whole
            = d >= -9223372036854775808.0 && d < 9223372036854775808.0 && d == double(qint64(d));
        return whole ? QString::number(qint64(d)) : QString::number(d);
    }
    default:
        return {};
    }
}

std::optional<QString> ValueCapture::fromAnswer(
    const CaptureSpec &spec, const QString &text, const QUrl &url, QString *error)
{
    QString local;
    QString &err = error ? *error : local;
    if (!spec.jsonPath.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (doc.isNull()) {
            err = tr("{%1}: the answer is not JSON (%2)").arg(spec.name, parseError.errorString());
            return std::nullopt;
        }
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const QJsonValue found = jsonAt(root, spec.jsonPath);
        if (found.isUndefined() || found.isNull()) {
            err = tr("{%1}: the answer has nothing at the JSON path \"%2\"")
                      .arg(spec.name, spec.jsonPath);
            return std::nullopt;
        }
        return applyRegex(spec, jsonText(found), &err);
    }
    if (!spec.xpath.isEmpty()) {
        const HtmlDocument doc(text, url);
        if (!doc.isValid()) {
            err = tr("{%1}: the answer is empty or not HTML").arg(spec.name);
            return std::nullopt;
        }
        QString xpathError;
        const HtmlDocument::Node node = doc.first(spec.xpath, nullptr, &xpathError);
        if (!node) {
            err = xpathError.isEmpty()
                ? tr("{%1}: nothing on the page matches the XPath %2").arg(spec.name, spec.xpath)
                : tr("{%1}: the XPath is invalid: %2").arg(spec.name, xpathError);
            return std::nullopt;
        }
        const QString value = spec.attribute.isEmpty() ? HtmlDocument::text(node)
                                                       : HtmlDocument::attribute(node, spec.attribute);
        if (value.isEmpty() && spec.regex.isEmpty()) {
            err = spec.attribute.isEmpty()
                ? tr("{%1}: the element found by %2 is empty").arg(spec.name, spec.xpath)
                : tr("{%1}: the element found by %2 has no attribute %3")
                      .arg(spec.name, spec.xpath, spec.attribute);
            return std::nullopt;
        }
        return applyRegex(spec, value, &err);
    }
    if (!spec.regex.isEmpty())
        return applyRegex(spec, text, &err);
    err = tr("{%1}: the capture names no JSON path, XPath or regular expression").arg(spec.name);
    return std::nullopt;
}

std::optional<QString> ValueCapture::fromCookies(
    const CaptureSpec &spec, QNetworkCookieJar *jar, const QUrl &url, QString *error)
{
    if (jar) {
        const QByteArray name = spec.cookie.toUtf8();
        for (const QNetworkCookie &cookie : jar->cookiesForUrl(url)) {
            if (cookie.name() == name) {
                QString err;
                std::optional<QString> value
                    = applyRegex(spec, QString::fromUtf8(cookie.value()), &err);
                if (!value && error)
                    *error = err;
                return value;
            }
        }
    }
    if (error)
        *error = tr("{%1}: the portal set no cookie named %2").arg(spec.name, spec.cookie);
    return std::nullopt;
}

std::optional<QString> ValueCapture::fromAnswer(const CaptureSpec &spec, const QByteArray &body,
    const QByteArray &contentType, const QUrl &url, QString *error, const QString &encoding)
{
    return fromAnswer(spec, Charset::decode(body, contentType, encoding).text, url, error);
}

QString CaptureSpec::describe() const
{
    switch (source) {
    case Source::Cookie:
        return ValueCapture::tr("cookie %1").arg(cookie);
    case Source::LoginAnswer:
        return ValueCapture::tr("login answer, JSON path %1").arg(jsonPath);
    case Source::Page:
        break;
    }
    QString where = !jsonPath.isEmpty() ? ValueCapture::tr("JSON path %1").arg(jsonPath)
        : !xpath.isEmpty()
        ? (attribute.isEmpty() ? xpath : QStringLiteral("%1/@%2").arg(xpath, attribute))
        : ValueCapture::tr("regex %1").arg(regex);
    return page.isEmpty() ? where : ValueCapture::tr("%1 on %2").arg(where, page);
}
