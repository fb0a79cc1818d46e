#include "http/charset.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

namespace {

// Where a <meta> charset may be: browsers look at the first 1024 bytes; pages with long
// scripts or comments in their head put it later, so a little more.
constexpr qsizetype metaScanBytes = 4096;

QString charsetParameter(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool hasNonAscii(const QByteArray &bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80; });
}

// Bytes per code unit of a charset: 2 for the UTF-16 family, 4 for UTF-32, 1 for the rest.
// Measured by encoding rather than read off the name: Qt accepts "utf16", "UTF_16LE", and ICU
// "ucs-2", "unicode", "ibm-1200", "x-utf-16le-bom" for the same wide forms, and a name check
// misses some (a byte order mark the encoder writes is in both counts and cancels out).
int codeUnitBytes(const char *name)
{
    QStringEncoder one(name, QStringConverter::Flag::Stateless);
    QStringEncoder two(name, QStringConverter::Flag::Stateless);
    if (!one.isValid())
        return 1;
    const QByteArray a = one.encode(u"a");
    const QByteArray aa = two.encode(u"aa");
    const qsizetype unit = aa.size() - a.size();
    return unit == 2 || unit == 4 ? int(unit) : 1;
}

} // namespace

QString Charset::canonical(const QString &charset)
{
    static const QHash<QString, QString> aliases {
        { QStringLiteral("utf8"), QStringLiteral("utf-8") },
        { QStringLiteral("gb2312"), QStringLiteral("gbk") },
        { QStringLiteral("gb_2312-80"), QStringLiteral("gbk") },
        { QStringLiteral("x-gbk"), QStringLiteral("gbk") },
        { QStringLiteral("cp936"), QStringLiteral("gbk") },
        { QStringLiteral("windows-936"), QStringLiteral("gbk") },
        { QStringLiteral("iso-8859-1"), QStringLiteral("windows-1252") },
        { QStringLiteral("iso8859-1"), QStringLiteral("windows-1252") },
        { QStringLiteral("latin1"), QStringLiteral("windows-1252") },
        { QStringLiteral("l1"), QStringLiteral("windows-1252") },
        { QStringLiteral("us-ascii"), QStringLiteral("windows-1252") },
        { QStringLiteral("ascii"), QStringLiteral("windows-1252") },
        { QStringLiteral("cp1252"), QStringLiteral("windows-1252") },
        { QStringLiteral("sjis"), QStringLiteral("shift_jis") },
        { QStringLiteral("shift-jis"), QStringLiteral("shift_jis") },
        { QStringLiteral("x-sjis"), QStringLiteral("shift_jis") },
        { QStringLiteral("ms_kanji"), QStringLiteral("shift_jis") },
        { QStringLiteral("windows-31j"), QStringLiteral("shift_jis") },
        { QStringLiteral("ks_c_5601-1987"), QStringLiteral("euc-kr") },
        { QStringLiteral("windows-949"), QStringLiteral("euc-kr") },
        { QStringLiteral("big5-hkscs"), QStringLiteral("big5") },
    };
    const QString name = charset.trimmed().toLower();
    return aliases.value(name, name);
}

bool Charset::isUtf8(const QString &charset)
{
    return canonical(charset) == u"utf-8";
}

bool Charset::isSupported(const QString &charset)
{
    const QString name = canonical(charset);
    return !name.isEmpty() && QStringDecoder(name.toLatin1().constData()).isValid();
}

QString Charset::fromContentType(const QByteArray &contentType)
{
    return canonical(charsetParameter(QString::fromLatin1(contentType)));
}

QString Charset::fromMeta(const QByteArray &body)
{
    // Every charset here is ASCII-compatible in its markup, so the head can be read as Latin-1.
    static const QRegularExpression meta(
        QStringLiteral(R"(<meta\b[^>]*>)"), QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(body.left(metaScanBytes));
    for (auto it = meta.globalMatch(head); it.hasNext();) {
        const QString charset = charsetParameter(it.next().captured(0));
        if (!charset.isEmpty())
            return canonical(charset);
    }
    return {};
}

QString Charset::fromByteOrderMark(const QByteArray &body)
{
    if (body.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("utf-8");
    if (body.startsWith("\xFF\xFE"))
        return QStringLiteral("utf-16le");
    if (body.startsWith("\xFE\xFF"))
        return QStringLiteral("utf-16be");
    return {};
}

QString Charset::decodeAs(const QByteArray &bytes, const QString &charset, bool *lossy)
{
    const QString name = canonical(charset);
    // Stateless: the whole answer is at hand, so a sequence cut off at its end is an error to
    // show, not state to keep for more bytes.
    constexpr auto flags = QStringConverter::Flag::Stateless;
    const QByteArray used = name.isEmpty() ? QByteArray("utf-8") : name.toLatin1();
    QStringDecoder decoder(used.constData(), flags);
    const bool known = decoder.isValid();
    if (!known)
        decoder = QStringDecoder(QStringDecoder::Utf8, flags);
    QString text = decoder.decode(bytes);
    bool error = decoder.hasError();
    // Qt's stateless decoders drop a sequence cut off at the end of the bytes without putting a
    // replacement character in its place (ICU's multi-byte charsets at least count an error,
    // UTF-16 and UTF-32 not even that): a page or value cut short must show that something
    // was lost.
    const int unit = known ? codeUnitBytes(used.constData()) : 1;
    if (unit > 1) {
        if (bytes.size() % unit != 0) {
            // Qt replaces the odd bytes after a whole character, not when they are all there is.
            if (text.isEmpty() || text.back() != QChar::ReplacementCharacter)
                text += QChar::ReplacementCharacter;
            error = true;
        }
    } else if (error && !bytes.isEmpty()) {
        // The charsets left are ASCII-compatible: a line feed is never part of a multi-byte
        // sequence, so it ends a cut-off one and the decoder replaces that.
        QStringDecoder ended(known ? used.constData() : "utf-8", flags);
        const QString withEnd = ended.decode(bytes + '\n');
        if (withEnd.size() - 1 > text.size())
            text = withEnd.chopped(1);
    }
    if (lossy)
        *lossy = error;
    return text;
}

Charset::Decoded Charset::decode(
    const QByteArray &body, const QByteArray &contentType, const QString &overrideCharset)
{
    Decoded out;
    // A declared charset this Qt cannot convert is passed over, as if it were not declared.
    const auto pick = [&](const QString &charset, Source source) {
        if (charset.isEmpty() || !out.charset.isEmpty() || !isSupported(charset))
            return;
        out.charset = canonical(charset);
        out.source = source;
    };
    pick(fromContentType(contentType), Source::Header);
    pick(fromMeta(body), Source::Meta);
    pick(fromByteOrderMark(body), Source::ByteOrderMark);
    if (out.charset.isEmpty() && hasNonAscii(body)) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        out.text = utf8.decode(body);
        if (!utf8.hasError()) {
            out.charset = QStringLiteral("utf-8");
            out.source = Source::Sniffed;
            return out;
        }
    }
    pick(overrideCharset, Source::Override);
    if (out.charset.isEmpty()) {
        out.charset = hasNonAscii(body) ? QStringLiteral("windows-1252") : QStringLiteral("utf-8");
        out.source = Source::Fallback;
    }
    out.text = decodeAs(body, out.charset, &out.lossy);
    return out;
}

QByteArray Charset::encode(const QString &text, const QString &charset)
{
    const QByteArray name = canonical(charset).toLatin1();
    constexpr auto flags = QStringConverter::Flag::Stateless;
    QStringEncoder encoder(name.isEmpty() ? "utf-8" : name.constData(), flags);
    if (!encoder.isValid())
        encoder = QStringEncoder(QStringEncoder::Utf8, flags);
    QByteArray bytes = encoder.encode(text);
    if (!encoder.hasError())
        return bytes;
    // Some characters do not exist in the charset: encode one code point at a time and send
    // those as numeric character references, as a browser does with a form.
    bytes.clear();
    for (qsizetype i = 0; i < text.size();) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate();
        const QStringView one = QStringView(text).mid(i, pair ? 2 : 1);
        QStringEncoder single(name.isEmpty() ? "utf-8" : name.constData(), flags);
        const QByteArray encoded = single.encode(one);
        if (single.hasError()) {
            const char32_t code = pair ? QChar::surrogateToUcs4(one.at(0), one.at(1))
                                       : char32_t(one.at(0).unicode());
            bytes += "&#" + QByteArray::number(quint32(code)) + ';';
        } else {
            bytes += encoded;
        }
        i += one.size();
    }
    return bytes;
}

QByteArray Charset::formEncode(const QString &text, const QString &charset)
{
    // application/x-www-form-urlencoded: alphanumerics and *-._ stay, space becomes '+'.
    QByteArray out = encode(text, charset).toPercentEncoding(" *", "~");
    out.replace(' ', '+');
    return out;
}

QString Charset::describe(Source source)
{
    switch (source) {
    case Source::Header:
        return tr("the HTTP Content-Type header");
    case Source::Meta:
        return tr("the page's <meta> charset");
    case Source::ByteOrderMark:
        return tr("the byte order mark");
    case Source::Sniffed:
        return tr("the bytes (valid UTF-8)");
    case Source::Override:
        return tr("the profile's encoding");
    case Source::Fallback:
        break;
    }
    return tr("the default (nothing declared)");
}
