#include "profile/releasesection.h"

#include "profile/objectreader.h"
#include "profile/profilechecks.h"
#include "profile/requestsections.h"
#include "profile/siteprofile.h"

void ReleaseSection::read(ObjectReader &top, SiteProfile &profile)
{
    const auto object = top.object(QStringLiteral("release"));
    if (!object)
        return; // every part has a default: GET the link, any 2xx is success
    ReleaseProfile &release = profile.release;
    ObjectReader r(*object, QStringLiteral("release"), top.problems());
    r.string(QStringLiteral("method"), release.method);
    release.method = release.method.toUpper();
    if (release.method != u"GET" && release.method != u"POST")
        r.fail(QStringLiteral("method"), tr("must be \"GET\" or \"POST\""));
    QString expiredAnswer;
    r.string(QStringLiteral("expired_answer"), expiredAnswer);
    if (expiredAnswer == u"unknown")
        release.expiredAnswer = ReleaseProfile::ExpiredAnswer::Unknown;
    else if (!expiredAnswer.isEmpty() && expiredAnswer != u"refused")
        r.fail(QStringLiteral("expired_answer"), tr("must be \"refused\" (the default) or \"unknown\""));
    r.stringMap(QStringLiteral("params"), release.params);
    if (const auto o = r.object(QStringLiteral("success"))) {
        ObjectReader s(*o, r.at(QStringLiteral("success")), r.problems());
        s.ints(QStringLiteral("status_codes"), release.success.statusCodes);
        s.string(QStringLiteral("text"), release.success.text);
        s.string(QStringLiteral("pattern"), release.success.pattern);
        s.string(QStringLiteral("redirect_contains"), release.success.redirectContains);
        ProfileChecks::regex(release.success.pattern, s.at(QStringLiteral("pattern")), r.problems());
    }
    if (const auto o = r.object(QStringLiteral("failure"))) {
        ObjectReader s(*o, r.at(QStringLiteral("failure")), r.problems());
        s.string(QStringLiteral("text"), release.failure.text);
        s.string(QStringLiteral("pattern"), release.failure.pattern);
        ProfileChecks::regex(release.failure.pattern, s.at(QStringLiteral("pattern")), r.problems());
    }
    if (const auto o = r.object(QStringLiteral("message"))) {
        ObjectReader s(*o, r.at(QStringLiteral("message")), r.problems());
        s.string(QStringLiteral("xpath"), release.message.xpath);
        s.string(QStringLiteral("pattern"), release.message.pattern);
        ProfileChecks::xpath(release.message.xpath, s.at(QStringLiteral("xpath")), r.problems());
        ProfileChecks::regex(release.message.pattern, s.at(QStringLiteral("pattern")), r.problems());
    }
    RequestSections::readRelease(r, profile);
}
