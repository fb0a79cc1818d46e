#include "http/textcodec.h"

#include <QRegularExpression>

#include <iconv.h>

namespace {

class Iconv
{
public:
    Iconv(const QString &to, const QString &from)
        : m_cd(iconv_open(to.toLatin1().constData(), from.toLatin1().constData()))
    {
    }
    ~Iconv()
    {
        if (isValid())
            iconv_close(m_cd);
    }
    Iconv(const Iconv &) = delete;
    Iconv &operator=(const Iconv &) = delete;
    bool isValid() const { return m_cd != iconv_t(-1); }
    iconv_t handle() const { return m_cd; }

private:
    iconv_t m_cd;
};

} // namespace

bool TextCodec::isUtf8(const QString &charset)
{
    return charset.isEmpty() || charset.compare(u"UTF-8", Qt::CaseInsensitive) == 0
        || charset.compare(u"utf8", Qt::CaseInsensitive) == 0;
}

QString TextCodec::declaredCharset(const QByteArray &body, const QByteArray &contentType)
{
    static const QRegularExpression inHeader(
        QStringLiteral(R"(charset\s*=\s*["']?([A-Za-z0-9._:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = inHeader.match(QString::fromLatin1(contentType)); m.hasMatch())
        return m.captured(1);
    // <meta charset="GBK"> or <meta http-equiv="Content-Type" content="text/html; charset=GBK">
    static const QRegularExpression inMeta(
        QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = inMeta.match(QString::fromLatin1(body.left(2048))); m.hasMatch())
        return m.captured(1);
    return {};
}

QString TextCodec::decode(const QByteArray &body, const QByteArray &contentType)
{
    return decodeAs(body, declaredCharset(body, contentType));
}

QString TextCodec::decodeAs(const QByteArray &bytes, const QString &charset)
{
    if (isUtf8(charset))
        return QString::fromUtf8(bytes);
    Iconv cd(QStringLiteral("UTF-8"), charset);
    if (!cd.isValid())
        return QString::fromUtf8(bytes);
    QByteArray out(bytes.size() * 4 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd.handle(), &in, &inLeft, &outPtr, &outLeft) != size_t(-1))
            break;
        // An invalid byte: shown as U+FFFD, as a browser does, and decoding goes on.
        if (outLeft < 3)
            break;
        memcpy(outPtr, "\xEF\xBF\xBD", 3);
        outPtr += 3;
        outLeft -= 3;
        ++in;
        --inLeft;
    }
    out.truncate(qsizetype(out.size() - qsizetype(outLeft)));
    return QString::fromUtf8(out);
}

QByteArray TextCodec::encode(const QString &text, const QString &charset)
{
    if (isUtf8(charset))
        return text.toUtf8();
    Iconv cd(charset, QStringLiteral("UTF-8"));
    if (!cd.isValid())
        return text.toUtf8();
    QByteArray out;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint codePoint : codePoints) {
        const char32_t c = char32_t(codePoint);
        const QByteArray in = QString::fromUcs4(&c, 1).toUtf8();
        char buffer[16];
        char *inPtr = const_cast<char *>(in.constData());
        size_t inLeft = size_t(in.size());
        char *outPtr = buffer;
        size_t outLeft = sizeof buffer;
        if (iconv(cd.handle(), &inPtr, &inLeft, &outPtr, &outLeft) == size_t(-1)) {
            iconv(cd.handle(), nullptr, nullptr, nullptr, nullptr);
            out += "&#" + QByteArray::number(codePoint) + ';';
            continue;
        }
        out.append(buffer, qsizetype(sizeof buffer - outLeft));
    }
    return out;
}
