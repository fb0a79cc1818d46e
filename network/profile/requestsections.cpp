#include "profile/requestsections.h"

#include "profile/objectreader.h"
#include "profile/requestspecreader.h"
#include "profile/siteprofile.h"

// The request side of format 2 (RequestSpecReader). Format-1 files leave these keys unread, so
// the loader keeps reporting them as unknown keys there.

void RequestSections::readTopLevel(ObjectReader &top, SiteProfile &profile)
{
    if (profile.format < 2)
        return;
    RequestSpecReader reader(top.problems());
    reader.readCaptures(top.value(QStringLiteral("captures")), &profile.requests.captures);
    reader.readHeaders(top.value(QStringLiteral("headers")), &profile.requests.headers);
    reader.readFormCharset(top.value(QStringLiteral("form_charset")), &profile.requests.formCharset);
}

void RequestSections::readLogin(ObjectReader &login, SiteProfile &profile)
{
    if (profile.format < 2)
        return;
    RequestSpecReader(login.problems())
        .readLoginRequest(login.value(QStringLiteral("request")), &profile.requests.login);
}

void RequestSections::readRelease(ObjectReader &release, SiteProfile &profile)
{
    if (profile.format < 2)
        return;
    RequestSpecReader(release.problems())
        .readSteps(release.value(QStringLiteral("steps")), &profile.requests.releaseSteps);
}

void RequestSections::check(const SiteProfile &profile, QStringList *problems)
{
    if (profile.format < 2)
        return;
    QStringList fields = profile.list.columns.keys();
    for (const QString &name : RequestSpecReader::unknownPlaceholders(profile.requests, fields))
        problems->append(RequestSpecReader::tr("{%1}: used in a request, but no capture, "
                                               "credential or list column gives it")
                             .arg(name));
}
