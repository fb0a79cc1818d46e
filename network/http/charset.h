#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Text of what a portal sends, and bytes of what it expects back, in the portal's character
// set. Decoding takes the charset from, in order: the HTTP Content-Type, a <meta charset> or
// http-equiv in the page's head, a byte order mark, sniffing (bytes that are valid UTF-8 with
// non-ASCII in them are UTF-8), and last the profile's `encoding` override; with none of these
// a page of plain ASCII is UTF-8 and anything else windows-1252, as browsers do.
//
// Conversion uses QStringDecoder/QStringEncoder by name: Debian's Qt 6.4.2 is built with ICU,
// which knows GBK, GB18030, Big5, Shift_JIS, EUC-KR, windows-1252 and ISO-8859-1 (checked, and
// covered by tst_charset, so a Qt without ICU is noticed by the tests, not by a user).
class Charset final
{
    Q_DECLARE_TR_FUNCTIONS(Charset)

public:
    enum class Source { Header, Meta, ByteOrderMark, Sniffed, Override, Fallback };

    struct Decoded
    {
        QString text;
        QString charset; // canonical lower-case name ("gbk", "utf-8")
        Source source = Source::Fallback;
        bool lossy = false; // some bytes were not valid in that charset (U+FFFD in text)
    };

    // overrideCharset: the profile's `encoding`, used only when the answer declares nothing.
    static Decoded decode(const QByteArray &body, const QByteArray &contentType,
        const QString &overrideCharset = {});
    static QString decodeAs(const QByteArray &bytes, const QString &charset, bool *lossy = nullptr);
    // Characters the charset cannot hold become &#N; (decimal), as a browser submits a form.
    static QByteArray encode(const QString &text, const QString &charset);
    // A form value percent-encoded in the charset (application/x-www-form-urlencoded: space as
    // '+'), e.g. "发布@2024" in GBK -> "%B7%A2%B2%BC%402024".
    static QByteArray formEncode(const QString &text, const QString &charset);

    static QString fromContentType(const QByteArray &contentType); // "" when not declared
    static QString fromMeta(const QByteArray &body); // first <meta> charset in the head, or ""
    static QString fromByteOrderMark(const QByteArray &body); // "" without one
    static bool isSupported(const QString &charset);
    static bool isUtf8(const QString &charset);
    // "GB2312" -> "gbk", "latin1"/"iso-8859-1"/"us-ascii" -> "windows-1252", as browsers map
    // labels: pages that say GB2312 routinely hold GBK characters.
    static QString canonical(const QString &charset);
    static QString describe(Source source); // "the HTTP Content-Type", for check reports
};
