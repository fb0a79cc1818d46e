// Fuzz target for charset detection and decoding, waiting for network/http/charset* (profile
// format 2, another engineer's work). NOT BUILT: fuzz/CMakeLists.txt globs targets/ only.
// When the charset code is on main: move this file to targets/charset.cpp, replace the two
// calls marked below with the real functions, add seeds to corpus/charset/ (pages in GBK,
// GB18030, Big5, UTF-8 with and without BOM, a <meta charset> that contradicts the header) and
// run scripts/fuzz charset.
#include "fuzzsupport.h"

#include "http/charset.h" // the new header

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQt();
    // First line: the Content-Type header value the page came with; the rest: the body.
    const QByteArray input = FuzzSupport::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    // Replace with the real detection: header charset, BOM, <meta>, profile override.
    const QByteArray charset = detectCharset(contentType, body);
    // Replace with the real decoding; it must accept any bytes under any detected name.
    const QString text = decodeBody(body, charset);
    FuzzSupport::require(body.isEmpty() || !text.isNull(), "any body decodes to some text");
    return 0;
}
