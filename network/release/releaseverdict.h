#pragma once

#include "release/releaseresult.h"

struct SiteProfile;

// Judges a release answer by the profile's release.success / failure / message rules, the
// at-most-once way: only a clear answer is Succeeded or Failed. A timeout or dropped
// connection after the request was written, an answer matching neither (or both) rules, a 5xx
// without a failure message and a redirect to the login page (the session expired on the
// release click) are all Unknown. Pure function: runs on the sender's worker thread.
ReleaseResult judgeRelease(const SiteProfile &profile, const CurlResult &answer);

// The readable message of an answer page per release.message (xpath or pattern), else a short
// plain-text excerpt. Never HTML. body is the decoded answer.
QString releaseMessage(const SiteProfile &profile, const QString &body, const QUrl &url);
