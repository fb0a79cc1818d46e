#include "http/curltransfer.h"

#include <QCoreApplication>

#include <curl/curl.h>

#include <mutex>

namespace {

struct Transfer
{
    CurlResult *result;
    qint64 maxBodyBytes;
    const std::atomic_bool *abort;
};

size_t onBody(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const qint64 room = transfer->maxBodyBytes - transfer->result->body.size();
    if (qint64(bytes) > room) {
        transfer->result->body.append(data, qsizetype(qMax<qint64>(room, 0)));
        transfer->result->truncated = true;
        return 0; // CURLE_WRITE_ERROR: stop reading, the status and headers are kept
    }
    transfer->result->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    auto *transfer = static_cast<Transfer *>(user);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new answer (e.g. after "100 Continue"): only the last one's headers count.
        transfer->result->headers.clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        transfer->result->headers.append(
            { line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    return bytes;
}

int onProgress(void *user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *transfer = static_cast<Transfer *>(user);
    return transfer->abort && transfer->abort->load() ? 1 : 0;
}

CurlResult::Error categorise(CURLcode code)
{
    switch (code) {
    case CURLE_OK:
        return CurlResult::Error::None;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return CurlResult::Error::CouldNotConnect;
    case CURLE_OPERATION_TIMEDOUT:
        return CurlResult::Error::Timeout;
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
        return CurlResult::Error::Dropped;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
        return CurlResult::Error::Tls;
    case CURLE_ABORTED_BY_CALLBACK:
        return CurlResult::Error::Aborted;
    default:
        return CurlResult::Error::Other;
    }
}

struct EasyDeleter
{
    void operator()(CURL *easy) const { curl_easy_cleanup(easy); }
};
struct ListDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

QByteArray CurlResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> CurlResult::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            out.append(value);
    }
    return out;
}

void curlGlobalInit()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

namespace {

// The at-most-once transfer: one fresh connection, no redirect following, our callbacks.
void setTransferOptions(CURL *h, const CurlRequest &request, Transfer *transfer, char *errorBuffer)
{
    curl_easy_setopt(h, CURLOPT_URL, request.url.toEncoded().constData()); // libcurl copies
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    // The at-most-once switches: a connection of its own, closed afterwards, so libcurl's only
    // resend path (a reused connection found dead) can never be taken.
    curl_easy_setopt(h, CURLOPT_FRESH_CONNECT, 1L);
    curl_easy_setopt(h, CURLOPT_FORBID_REUSE, 1L);
    // A redirect is an answer to judge (success page, login page), not something to follow.
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(
        h, CURLOPT_CONNECTTIMEOUT_MS, long(qMin(request.connectTimeoutMs, request.timeoutMs)));
    // Page reads use no proxy either (NetworkPool); the portal is an internal host.
    curl_easy_setopt(h, CURLOPT_PROXY, "");
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, request.verifyTls ? 1L : 0L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, request.verifyTls ? 2L : 0L);
    const QByteArray caFile = request.caFile.toLocal8Bit();
    if (!caFile.isEmpty()) {
        // CAINFO alone would replace the system bundle; the directory keeps it.
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
        curl_easy_setopt(h, CURLOPT_CAPATH, "/etc/ssl/certs");
    }
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &onBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, transfer);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &onHeader);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, transfer);
    curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, &onProgress);
    curl_easy_setopt(h, CURLOPT_XFERINFODATA, transfer);
    curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl can decode
}

// The method, body and headers. The list returned must outlive curl_easy_perform; the body
// (not copied by libcurl) lives in request.
std::unique_ptr<curl_slist, ListDeleter> setRequestContent(CURL *h, const CurlRequest &request)
{
    curl_slist *headerList = nullptr;
    // No "Expect: 100-continue" round trip for larger POST bodies.
    headerList = curl_slist_append(headerList, "Expect:");
    for (const auto &[name, value] : request.headers)
        headerList = curl_slist_append(headerList, QByteArray(name + ": " + value).constData());
    if (request.method == "POST") {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.constData());
        headerList = curl_slist_append(
            headerList, QByteArray("Content-Type: " + request.contentType).constData());
    } else if (request.method != "GET") {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.constData());
    }
    std::unique_ptr<curl_slist, ListDeleter> headers(headerList);
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headerList);
    if (!request.cookieHeader.isEmpty())
        curl_easy_setopt(h, CURLOPT_COOKIE, request.cookieHeader.constData());
    return headers;
}

// The outcome of a finished transfer: error category, status, timings, whether it was sent.
void readOutcome(CURL *h, CURLcode code, const char *errorBuffer, CurlResult &result)
{
    result.error = categorise(code);
    if (code != CURLE_OK)
        result.errorText
            = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    if (result.truncated && code == CURLE_WRITE_ERROR) {
        // Our own cap stopped the read: the answer itself came.
        result.error = CurlResult::Error::None;
        result.errorText.clear();
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    result.status = int(status);
    long requestSize = 0;
    curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &requestSize);
    curl_off_t totalUs = 0;
    curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &totalUs);
    result.elapsedMs = qint64(totalUs / 1000);
    curl_off_t pretransferUs = 0;
    curl_easy_getinfo(h, CURLINFO_PRETRANSFER_TIME_T, &pretransferUs);
    // REQUEST_SIZE counts bytes handed to the socket. A timeout or drop after the connection
    // was made but with REQUEST_SIZE 0 can still have put a partial request on the wire for a
    // POST, so only "could not connect" and a zero size together mean "nothing was sent".
    result.requestWritten = requestSize > 0 || status > 0
        || (result.error != CurlResult::Error::CouldNotConnect && pretransferUs > 0);
    if (result.requestWritten)
        result.sentAfterMs = qint64(pretransferUs / 1000);
}

} // namespace

CurlResult performCurlRequest(const CurlRequest &request, const std::atomic_bool *abort)
{
    curlGlobalInit(); // a no-op after main() called it; guards tests that forget
    CurlResult result;
    std::unique_ptr<CURL, EasyDeleter> easy(curl_easy_init());
    if (!easy) {
        result.error = CurlResult::Error::Other;
        result.errorText
            = QCoreApplication::translate("CurlTransfer", "libcurl could not create a handle");
        return result;
    }
    Transfer transfer { &result, request.maxBodyBytes, abort };
    char errorBuffer[CURL_ERROR_SIZE] = {};
    setTransferOptions(easy.get(), request, &transfer, errorBuffer);
    const auto headers = setRequestContent(easy.get(), request);
    const CURLcode code = curl_easy_perform(easy.get());
    readOutcome(easy.get(), code, errorBuffer, result);
    return result;
}
