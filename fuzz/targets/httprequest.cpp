// Fuzz target: the demo portal's request parser (it ships as a program people run). The input
// is what a client writes on the socket: the head up to the blank line goes through
// HttpRequest::parseHead as the connection does, then the body and the accessors the handlers
// call (cookies, query and form parameters).
#include "httprequest.h"

#include <QtGlobal>

#include <cstdlib>

namespace {
void dropMessage(QtMsgType, const QMessageLogContext &, const QString &) { }
constexpr qsizetype maxBodyBytes = 1024 * 1024; // as the portal's connection
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = (qInstallMessageHandler(dropMessage), true);
    (void)quiet;
    const QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    HttpRequest request;
    qsizetype contentLength = 0;
    const int refusal = HttpRequest::parseHead(
        QByteArrayView(buffer.constData(), headEnd), maxBodyBytes, &request, &contentLength);
    if (refusal != 0) {
        if (refusal != 400 && refusal != 413 && refusal != 501)
            std::abort(); // a refusal the connection does not expect
        return 0;
    }
    if (contentLength < 0 || contentLength > maxBodyBytes)
        std::abort(); // accepted a length the connection would then trust
    request.body = buffer.mid(headEnd + 4, contentLength);
    (void)request.header("host");
    (void)request.cookie("session");
    (void)request.parameter(QStringLiteral("id"));
    (void)request.parameter(QStringLiteral("token"));
    (void)request.formField(QStringLiteral("csrf_token"));
    return 0;
}
