// Fuzz target: charset detection and decoding of what a portal sends (Charset, profile format 2).
// Input: the first line is the Content-Type header value the answer came with, the rest the
// body. Detection runs over header, <meta>, byte order mark and sniffing; the detected charset
// then decodes the bytes and encodes a form value back, as a login would.
#include "fuzzsupport.h"

#include "http/charset.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQt();
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    const Charset::Decoded decoded = Charset::decode(body, contentType, QStringLiteral("gbk"));
    FuzzSupport::require(!decoded.charset.isEmpty(), "every answer decodes under some charset");
    // A bare byte order mark is the one non-empty body that decodes to nothing: the decoder
    // drops it, as it must.
    static const QList<QByteArray> byteOrderMarks { "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF",
        QByteArray("\xFF\xFE\x00\x00", 4), QByteArray("\x00\x00\xFE\xFF", 4) };
    FuzzSupport::require(body.isEmpty() || !decoded.text.isEmpty() || byteOrderMarks.contains(body),
        "bytes beyond a byte order mark give some text");
    (void)Charset::fromMeta(body);
    (void)Charset::canonical(QString::fromLatin1(contentType));
    const QString sample = decoded.text.left(64);
    (void)Charset::encode(sample, decoded.charset);
    (void)Charset::formEncode(sample, decoded.charset);
    return 0;
}
