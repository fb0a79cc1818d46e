#pragma once

#include <QByteArray>
#include <QString>

// Text of answers and forms in the portal's charset, for the request side (forms, captured
// values, login and release answers). Thin: glibc's iconv knows every charset a portal may
// declare (Qt 6.4's QStringConverter cannot name GBK).
class TextCodec final
{
public:
    // The charset an answer declares: its Content-Type header, else a <meta charset> or
    // http-equiv in the first 2 KB; "" when it declares none (then UTF-8 is assumed).
    static QString declaredCharset(const QByteArray &body, const QByteArray &contentType);
    static QString decode(const QByteArray &body, const QByteArray &contentType);
    static QString decodeAs(const QByteArray &bytes, const QString &charset);
    // Characters the charset cannot hold become &#N; as a browser submits them.
    static QByteArray encode(const QString &text, const QString &charset);
    static bool isUtf8(const QString &charset);
};
