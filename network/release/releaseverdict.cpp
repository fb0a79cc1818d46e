#include "release/releaseverdict.h"

#include "http/charset.h"
#include "http/htmldocument.h"
#include "profile/siteprofile.h"
#include "session/expirysignal.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// The translation context of the verdicts' words (the functions here are free functions).
class ReleaseVerdict
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseVerdict)
};

bool matches(const QString &body, const QStringList &texts, const QString &pattern)
{
    for (const QString &text : texts) {
        if (!text.isEmpty() && body.contains(text))
            return true;
    }
    if (!pattern.isEmpty()) {
        const QRegularExpression re(pattern);
        return re.isValid() && re.match(body).hasMatch();
    }
    return false;
}

bool hasRule(const QStringList &texts, const QString &pattern)
{
    return !texts.isEmpty() || !pattern.isEmpty();
}

QString transportWords(const CurlResult &answer)
{
    switch (answer.error) {
    case CurlResult::Error::Timeout:
        return ReleaseVerdict::tr("no answer within the release timeout");
    case CurlResult::Error::Dropped:
        return ReleaseVerdict::tr("the connection closed before the answer came");
    case CurlResult::Error::CouldNotConnect:
        return ReleaseVerdict::tr("could not connect to the portal");
    case CurlResult::Error::Tls:
        return ReleaseVerdict::tr("TLS problem");
    case CurlResult::Error::Aborted:
        return ReleaseVerdict::tr("aborted while waiting for the answer");
    default:
        return ReleaseVerdict::tr("transfer failed");
    }
}

} // namespace

QString ReleaseResult::outcomeName(ReleaseOutcome outcome)
{
    switch (outcome) {
    case ReleaseOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case ReleaseOutcome::Failed:
        return QStringLiteral("failed");
    case ReleaseOutcome::Unknown:
        return QStringLiteral("unknown");
    case ReleaseOutcome::NotSent:
        return QStringLiteral("not_sent");
    }
    return QStringLiteral("unknown");
}

QString releaseMessage(const SiteProfile &profile, const QString &body, const QUrl &url)
{
    const auto &rule = profile.release.message;
    QString message;
    if (!rule.xpath.isEmpty()) {
        const HtmlDocument document(body, url);
        if (document.isValid())
            message = document.firstText(rule.xpath);
    }
    if (message.isEmpty() && !rule.pattern.isEmpty()) {
        const QRegularExpression re(rule.pattern);
        const auto match = re.match(body);
        if (match.hasMatch())
            message
                = HtmlDocument::normalize(match.captured(match.lastCapturedIndex() > 0 ? 1 : 0));
    }
    if (message.isEmpty() && !body.isEmpty()) {
        // No rule found anything: a short excerpt of the page's text, tags stripped.
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        message = HtmlDocument::normalize(body.left(4096).remove(tags));
        if (message.size() > 200)
            message = message.left(200) + QStringLiteral("…");
    }
    return message;
}

namespace {

// No answer, or no whole one: NotSent when the request never left, else Unknown.
ReleaseResult judgeTransportFailure(const CurlResult &answer, ReleaseResult result)
{
    //: A transport problem, then libcurl's own words.
    const QString words
        = ReleaseVerdict::tr("%1 (%2)").arg(transportWords(answer), answer.errorText);
    if (!answer.requestWritten) {
        result.outcome = ReleaseOutcome::NotSent;
        result.message = ReleaseVerdict::tr("Not sent: %1").arg(words);
    } else {
        result.outcome = ReleaseOutcome::Unknown;
        result.message = ReleaseVerdict::tr("Unknown, check on the portal: %1").arg(words);
    }
    return result;
}

// A 3xx: success when it leads where the profile says, an expired session when it leads to the
// login page, else Unknown.
ReleaseResult judgeRedirect(const SiteProfile &profile, const CurlResult &answer,
    const ExpirySignal &expiry, ReleaseResult result)
{
    const QString location = QString::fromUtf8(answer.header("location"));
    const auto &success = profile.release.success;
    if (!success.redirectContains.isEmpty() && location.contains(success.redirectContains)) {
        result.outcome = ReleaseOutcome::Succeeded;
        result.message = ReleaseVerdict::tr("Released (redirected to %1)").arg(location);
        return result;
    }
    const bool toLogin = expiry.isRedirectToLogin(location);
    result.outcome = ReleaseOutcome::Unknown;
    result.sessionExpired = toLogin;
    result.message = toLogin
        ? ReleaseVerdict::tr("Unknown, check on the portal: the session expired on the release "
                             "click (redirected to the login page)")
        : ReleaseVerdict::tr("Unknown, check on the portal: unexpected redirect (HTTP %1)")
              .arg(answer.status);
    return result;
}

// An answer page: what the profile's success and failure rules say about it.
ReleaseResult judgeAnswerPage(const SiteProfile &profile, const CurlResult &answer,
    const ExpirySignal &expiry, ReleaseResult result)
{
    const int status = answer.status;
    const auto &success = profile.release.success;
    const auto &failure = profile.release.failure;
    // Matched on decoded text: a GBK answer's 失败 is not the UTF-8 bytes of 失败.
    const QString body
        = Charset::decode(answer.body, answer.header("content-type"), profile.encoding).text;
    const bool statusOk = success.statusCodes.isEmpty() ? (status >= 200 && status < 300)
                                                        : success.statusCodes.contains(status);
    // Without a text rule a success status alone says yes; with one, the page must say it.
    const bool saysYes = statusOk
        && (hasRule(success.text, success.pattern) ? matches(body, success.text, success.pattern)
                                                   : true);
    const bool saysNo = matches(body, failure.text, failure.pattern);
    const QString message = releaseMessage(profile, body, QUrl());

    if (saysNo && !saysYes) {
        result.outcome = ReleaseOutcome::Failed;
        result.message = message.isEmpty()
            ? ReleaseVerdict::tr("The portal refused (HTTP %1)").arg(status)
            : message;
    } else if (saysYes && !saysNo) {
        result.outcome = ReleaseOutcome::Succeeded;
        result.message = message.isEmpty() ? ReleaseVerdict::tr("Released") : message;
    } else if (status == 429) {
        // Refused before acting (politeness limit): nothing happened on the portal.
        result.outcome = ReleaseOutcome::Failed;
        result.message = ReleaseVerdict::tr("The portal refused: too many requests (HTTP 429)");
    } else if (expiry.isExpired(0, {}, answer.body)) {
        result.outcome = ReleaseOutcome::Unknown;
        result.sessionExpired = true;
        result.message = ReleaseVerdict::tr("Unknown, check on the portal: the session expired "
                                            "on the release click (login page)");
    } else {
        result.outcome = ReleaseOutcome::Unknown;
        result.message = message.isEmpty()
            ? ReleaseVerdict::tr("Unknown, check on the portal: HTTP %1, the answer says "
                                 "neither success nor failure")
                  .arg(status)
            : ReleaseVerdict::tr("Unknown, check on the portal: HTTP %1, the answer says "
                                 "neither success nor failure: %2")
                  .arg(status)
                  .arg(message);
    }
    return result;
}

} // namespace

ReleaseResult judgeRelease(const SiteProfile &profile, const CurlResult &answer)
{
    ReleaseResult result;
    result.httpStatus = answer.status;
    result.elapsedMs = answer.elapsedMs;
    result.transportError = answer.error;

    if (answer.error != CurlResult::Error::None || answer.status == 0)
        return judgeTransportFailure(answer, result);
    const ExpirySignal expiry(profile);
    if (answer.status >= 300 && answer.status < 400)
        return judgeRedirect(profile, answer, expiry, result);
    if (expiry.isExpired(answer.status, {}, {})) {
        result.outcome = ReleaseOutcome::Unknown;
        result.sessionExpired = true;
        result.message = ReleaseVerdict::tr("Unknown, check on the portal: the session expired "
                                            "on the release click (HTTP %1)")
                             .arg(answer.status);
        return result;
    }
    return judgeAnswerPage(profile, answer, expiry, result);
}
