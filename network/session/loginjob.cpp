#include "session/loginjob.h"

#include "http/networkpool.h"
#include "http/requestbuilder.h"
#include "http/charset.h"
#include "http/htmldocument.h"
#include "session/loginformextractor.h"
#include "session/valuecapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QNetworkCookie>
#include <QNetworkCookieJar>

#include <algorithm>

LoginJob::LoginJob(const SiteProfile &profile, NetworkPool *pool, const QString &user,
    const QString &password, QObject *parent)
    : PortalJob(parent)
    , m_profile(profile)
    , m_pool(pool)
    , m_user(user)
    , m_password(password)
{
}

LoginJob::~LoginJob()
{
    if (m_pending && m_pool)
        m_pool->cancel(m_pending);
}

quint64 LoginJob::send(NetRequest request, void (LoginJob::*handler)(const NetResponse &))
{
    request.partOfLogin = true;
    m_pending = m_pool->send(request, this, [this, handler](const NetResponse &response) {
        m_pending = 0;
        (this->*handler)(response);
    });
    return m_pending;
}

namespace {

NetRequest toNetRequest(const BuiltRequest &built)
{
    NetRequest request;
    request.url = built.url;
    request.method = built.method;
    request.body = built.body;
    if (!built.contentType.isEmpty())
        request.contentType = built.contentType;
    for (const auto &header : built.headers)
        request.headers.append({ header.first, header.second });
    return request;
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0;
    case QJsonValue::String:
        return !value.toString().isEmpty() && value.toString() != u"false";
    case QJsonValue::Object:
    case QJsonValue::Array:
        return true;
    default:
        return false;
    }
}

} // namespace

TemplateValues LoginJob::credentials() const
{
    TemplateValues values;
    values.set(QStringLiteral("user"), m_user);
    values.set(QStringLiteral("password"), m_password, true);
    return values;
}

void LoginJob::begin()
{
    if (!m_pool) {
        finish(PortalError::make(PortalError::Cancelled, tr("the portal session was closed")));
        return;
    }
    if (m_profile.requests.login.kind == LoginRequestSpec::Kind::Api) {
        sendApiLogin();
        return;
    }
    NetRequest request;
    request.url = m_profile.loginUrl();
    // The login page is part of the login: it carries the login headers, as the form does.
    const TemplateValues values = credentials();
    const RequestBuilder builder(m_profile.baseUrl, m_profile.requests.headers, values);
    for (const auto &header : builder.headersFor(RequestBuilder::Kind::Login))
        request.headers.append({ header.first, header.second });
    send(request, &LoginJob::onLoginPage);
}

void LoginJob::abandon()
{
    if (m_pending && m_pool)
        m_pool->cancel(m_pending);
    m_pending = 0;
    finish(PortalError::make(PortalError::Cancelled, tr("logging in was cancelled")));
}

void LoginJob::onLoginPage(const NetResponse &response)
{
    if (response.error.isError()) {
        finish(response.error);
        return;
    }
    if (response.status != 200) {
        finish(PortalError::make(PortalError::HttpStatus,
            tr("the login page %1 answered HTTP %2")
                .arg(m_profile.loginUrl().toString())
                .arg(response.status),
            response.url, response.status));
        return;
    }
    QString error;
    // The form is read from the decoded page, so hidden values in the page's charset survive.
    const Charset::Decoded page
        = Charset::decode(response.body, response.contentType, m_profile.encoding);
    std::optional<LoginForm> form
        = LoginFormExtractor::extractFromText(m_profile.login, page.text, response.url, &error);
    if (!form) {
        finish(PortalError::make(PortalError::LoginFormMissing,
            tr("%1 (on %2)").arg(error, response.url.toString()), response.url));
        return;
    }
    form->setField(m_profile.login.userField, m_user);
    form->setField(m_profile.login.passwordField, m_password);

    // As a browser: the form's accept-charset, else the page's charset; the profile may insist.
    const bool declaredByPage = page.source == Charset::Source::Header
        || page.source == Charset::Source::Meta || page.source == Charset::Source::ByteOrderMark;
    const QString declared = declaredByPage ? page.charset : QString();
    m_report.pageCharset = declared;
    RequestDefaults defaults;
    defaults.url = form->action;
    defaults.method = QString::fromLatin1(form->method);
    defaults.formFields = form->fields;
    if (!m_profile.requests.formCharset.isEmpty()) {
        defaults.charset = m_profile.requests.formCharset;
        m_report.charsetSource = tr("form_charset in the profile");
    } else if (!form->acceptCharset.isEmpty()) {
        defaults.charset = form->acceptCharset;
        m_report.charsetSource = tr("the form's accept-charset");
    } else if (!declared.isEmpty()) {
        defaults.charset = declared;
        m_report.charsetSource = tr("the login page declares charset=%1").arg(declared);
    } else {
        defaults.charset = page.charset;
        m_report.charsetSource = tr("the login page declares no charset: %1 by %2")
                                     .arg(page.charset, Charset::describe(page.source));
    }
    const TemplateValues values = credentials();
    const RequestBuilder builder(m_profile.baseUrl, m_profile.requests.headers, values);
    const BuiltRequest built
        = builder.build(RequestBuilder::Kind::Login, m_profile.requests.login.request, defaults);
    m_report.form = tr("%1 %2").arg(QString::fromLatin1(form->method),
        form->action.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
    m_report.fields = built.formFieldNames;
    m_report.charset = built.charset;
    m_report.request = built.describe(values);
    NetRequest request = toNetRequest(built);
    request.followRedirects = false; // the redirect itself tells success (login.success)
    send(request, &LoginJob::onLoginAnswer);
}

void LoginJob::sendApiLogin()
{
    const TemplateValues values = credentials();
    const RequestBuilder builder(m_profile.baseUrl, m_profile.requests.headers, values);
    const BuiltRequest built
        = builder.build(RequestBuilder::Kind::Login, m_profile.requests.login.request);
    m_report.request = built.describe(values);
    m_report.charset = built.charset;
    NetRequest request = toNetRequest(built);
    request.followRedirects = false;
    send(request, &LoginJob::judgeApi);
}

void LoginJob::judgeApi(const NetResponse &response)
{
    if (response.error.isError()) {
        finish(response.error);
        return;
    }
    const LoginRequestSpec &api = m_profile.requests.login;
    const Charset::Decoded decoded
        = Charset::decode(response.body, response.contentType, m_profile.encoding);
    const QString &text = decoded.text;
    m_report.answerCharset = decoded.charset;
    const bool statusOk = api.successStatusCodes.isEmpty()
        ? response.status >= 200 && response.status < 300
        : api.successStatusCodes.contains(response.status);
    const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
    const QJsonValue root = json.isObject() ? QJsonValue(json.object()) : QJsonValue(json.array());
    QStringList matched { tr("HTTP %1").arg(response.status) };
    bool ok = statusOk;
    if (ok && !api.successJsonPath.isEmpty()) {
        const QJsonValue value = ValueCapture::jsonAt(root, api.successJsonPath);
        ok = api.successValue.isEmpty() ? isTruthy(value)
                                        : ValueCapture::jsonText(value) == api.successValue;
        matched << tr("JSON %1 = %2").arg(api.successJsonPath, ValueCapture::jsonText(value));
    }
    if (ok && !m_profile.login.success.cookie.isEmpty() && m_pool) {
        const QByteArray name = m_profile.login.success.cookie.toUtf8();
        const QList<QNetworkCookie> cookies = m_pool->cookieJar()->cookiesForUrl(m_profile.baseUrl);
        ok = std::any_of(cookies.begin(), cookies.end(),
            [&](const QNetworkCookie &c) { return c.name() == name; });
        matched << tr("cookie %1").arg(m_profile.login.success.cookie);
    }
    if (ok) {
        m_report.successRule = matched.join(QStringLiteral(", "));
        m_answer = response;
        captureNext();
        return;
    }
    QString portalMessage;
    if (!api.failureJsonPath.isEmpty())
        portalMessage = ValueCapture::jsonText(ValueCapture::jsonAt(root, api.failureJsonPath));
    const QString message = !portalMessage.isEmpty()
        ? tr("the portal says: %1").arg(portalMessage)
        : statusOk ? tr("the login API answered without the success the profile expects (%1)")
                         .arg(matched.join(QStringLiteral(", ")))
                   : tr("the login API answered HTTP %1").arg(response.status);
    // 401/403 (or a 2xx without the success) is a refusal of the credentials; any other status
    // says the request itself is wrong (URL, method, body) or the portal is unwell.
    const bool refused = statusOk || response.status == 401 || response.status == 403;
    finish(PortalError::make(refused ? PortalError::LoginFailed : PortalError::HttpStatus,
        message, response.url, response.status));
}

void LoginJob::onLoginAnswer(const NetResponse &response)
{
    if (response.error.isError()) {
        finish(response.error);
        return;
    }
    const SiteProfile::LoginSuccess &success = m_profile.login.success;
    // A success recognised by text may sit behind the redirect: read where it leads.
    if (response.redirectTarget.isValid() && !success.text.isEmpty()) {
        const bool redirectOk = success.redirectContains.isEmpty()
            || response.redirectTarget.toString().contains(success.redirectContains);
        if (redirectOk) {
            m_redirectTarget = response.redirectTarget;
            ++m_requestsOnNewSession;
            NetRequest request;
            request.url = response.redirectTarget;
            send(request, &LoginJob::onFollowedAnswer);
            return;
        }
    }
    judge(response);
}

void LoginJob::onFollowedAnswer(const NetResponse &response)
{
    NetResponse merged = response;
    merged.redirectTarget = m_redirectTarget;
    judge(merged);
}

void LoginJob::judge(const NetResponse &response)
{
    if (response.error.isError()) {
        finish(response.error);
        return;
    }
    const SiteProfile::Login &login = m_profile.login;
    // Matched on decoded text: a GBK error page says 密码错误 in GBK bytes.
    const Charset::Decoded decoded
        = Charset::decode(response.body, response.contentType, m_profile.encoding);
    const QString &body = decoded.text;
    if (!response.body.isEmpty())
        m_report.answerCharset = decoded.charset;
    QString portalMessage;
    if (!login.failure.messageXPath.isEmpty() && !response.body.isEmpty())
        portalMessage = HtmlDocument(body, response.url)
                            .firstText(login.failure.messageXPath);
    const auto failureText = std::find_if(login.failure.text.cbegin(), login.failure.text.cend(),
        [&](const QString &text) { return !text.isEmpty() && body.contains(text); });
    const bool saysFailed = failureText != login.failure.text.cend();

    QStringList missing;
    if (!login.success.redirectContains.isEmpty()
        && !response.redirectTarget.toString().contains(login.success.redirectContains))
        missing << tr("no redirect to \"%1\"").arg(login.success.redirectContains);
    if (!login.success.cookie.isEmpty() && m_pool) {
        const QList<QNetworkCookie> cookies
            = m_pool->cookieJar()->cookiesForUrl(m_profile.baseUrl);
        const bool found = std::any_of(cookies.begin(), cookies.end(),
            [&](const QNetworkCookie &c) { return c.name() == login.success.cookie.toUtf8(); });
        if (!found)
            missing << tr("no cookie \"%1\"").arg(login.success.cookie);
    }
    if (!login.success.text.isEmpty() && !body.contains(login.success.text))
        missing << tr("no text \"%1\"").arg(login.success.text);

    if (!saysFailed && portalMessage.isEmpty() && missing.isEmpty()) {
        QStringList rules;
        if (!login.success.redirectContains.isEmpty())
            rules << tr("redirect to \"%1\"").arg(login.success.redirectContains);
        if (!login.success.cookie.isEmpty())
            rules << tr("cookie \"%1\"").arg(login.success.cookie);
        if (!login.success.text.isEmpty())
            rules << tr("text \"%1\"").arg(login.success.text);
        m_report.successRule = rules.join(QStringLiteral(", "));
        m_answer = response;
        captureNext();
        return;
    }
    QString message;
    if (!portalMessage.isEmpty())
        message = tr("the portal says: %1").arg(portalMessage);
    else if (saysFailed)
        message = tr("the portal says: %1").arg(*failureText);
    else if (response.status >= 500)
        message = tr("the portal answered HTTP %1").arg(response.status);
    else
        message = tr("the user name or password was not accepted (%1)")
                      .arg(missing.join(QStringLiteral(", ")));
    finish(PortalError::make(response.status >= 500 ? PortalError::HttpStatus
                                                    : PortalError::LoginFailed,
        message, m_profile.loginUrl(), response.status));
}

void LoginJob::captureNext()
{
    const QList<CaptureSpec> &captures = m_profile.requests.captures;
    while (m_capture < captures.size()) {
        const CaptureSpec &spec = captures.at(m_capture);
        QString error;
        std::optional<QString> value;
        switch (spec.source) {
        case CaptureSpec::Source::Cookie:
            value = ValueCapture::fromCookies(
                spec, m_pool ? m_pool->cookieJar() : nullptr, m_profile.baseUrl, &error);
            break;
        case CaptureSpec::Source::LoginAnswer:
            value = ValueCapture::fromAnswer(spec, m_answer.body, m_answer.contentType,
                m_answer.url, &error, m_profile.encoding);
            break;
        case CaptureSpec::Source::Page: {
            TemplateValues values = credentials();
            values.merge(m_captured);
            const QUrl url = m_profile.baseUrl.resolved(QUrl(values.expand(spec.page)));
            const auto cached = m_capturePages.constFind(url);
            if (cached == m_capturePages.cend()) {
                // Read once (with the page headers and the values captured so far), then
                // this capture runs again on the stored answer.
                NetRequest request;
                request.url = url;
                const RequestBuilder builder(m_profile.baseUrl, m_profile.requests.headers, values);
                for (const auto &header : builder.headersFor(RequestBuilder::Kind::Page))
                    request.headers.append({ header.first, header.second });
                ++m_requestsOnNewSession;
                send(request, &LoginJob::onCapturePage);
                return;
            }
            const NetResponse &page = cached.value();
            if (page.error.isError()) {
                error = tr("{%1}: reading %2: %3").arg(spec.name, spec.page, page.error.text());
            } else if (page.status != 200 || page.redirectTarget.isValid()) {
                error = tr("{%1}: %2 answered HTTP %3").arg(spec.name, spec.page).arg(page.status);
            } else {
                value = ValueCapture::fromAnswer(
                    spec, page.body, page.contentType, page.url, &error, m_profile.encoding);
            }
            break;
        }
        }
        if (!value) {
            finish(PortalError::make(PortalError::Profile,
                tr("logged in, but a captured value is missing: %1").arg(error), m_profile.loginUrl()));
            return;
        }
        m_captured.set(spec.name, *value, spec.secret);
        m_report.captured << tr("{%1} = %2  (%3)")
                                 .arg(spec.name, spec.secret ? QStringLiteral("***") : *value,
                                     spec.describe());
        ++m_capture;
    }
    finish({});
}

void LoginJob::onCapturePage(const NetResponse &response)
{
    const CaptureSpec &spec = m_profile.requests.captures.at(m_capture);
    TemplateValues values = credentials();
    values.merge(m_captured);
    m_capturePages.insert(m_profile.baseUrl.resolved(QUrl(values.expand(spec.page))), response);
    captureNext();
}

void LoginJob::finish(const PortalError &error)
{
    LoginResult result;
    result.error = error;
    result.requestsOnNewSession = m_requestsOnNewSession;
    result.report = m_report;
    if (!error.isError()) {
        result.captured = m_captured;
        // Like the session cookie, the captured values belong to the conversation: every
        // request after this login fills its headers and bodies from them.
        if (m_pool)
            m_pool->setCapturedValues(m_captured);
    }
    finishWith([this, result] { emit finished(result); });
}
