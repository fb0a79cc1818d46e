#include "profile/loginsection.h"

#include "profile/objectreader.h"
#include "profile/profilechecks.h"
#include "profile/requestsections.h"
#include "profile/siteprofile.h"

void LoginSection::read(ObjectReader &top, SiteProfile &profile)
{
    const auto object = top.object(QStringLiteral("login"));
    if (!object) {
        if (!top.has(QStringLiteral("login")))
            top.fail(QStringLiteral("login"), tr("missing (an object is required)"));
        return;
    }
    LoginProfile &login = profile.login;
    ObjectReader r(*object, QStringLiteral("login"), top.problems());
    r.string(QStringLiteral("page"), login.page);
    r.string(QStringLiteral("form_xpath"), login.formXPath);
    r.strings(QStringLiteral("form_fields"), login.formFields, true);
    r.string(QStringLiteral("user_field"), login.userField);
    r.string(QStringLiteral("password_field"), login.passwordField);
    ProfileChecks::xpath(login.formXPath, r.at(QStringLiteral("form_xpath")), r.problems());
    QList<QPair<QString, QString>> fields;
    r.stringMap(QStringLiteral("fields"), fields);
    for (const auto &[key, value] : std::as_const(fields))
        login.extraFields.insert(key, value);
    if (const auto o = r.object(QStringLiteral("success"))) {
        ObjectReader s(*o, r.at(QStringLiteral("success")), r.problems());
        s.string(QStringLiteral("redirect_contains"), login.success.redirectContains);
        s.string(QStringLiteral("cookie"), login.success.cookie);
        s.string(QStringLiteral("text"), login.success.text);
    }
    if (const auto o = r.object(QStringLiteral("failure"))) {
        ObjectReader s(*o, r.at(QStringLiteral("failure")), r.problems());
        s.string(QStringLiteral("text"), login.failure.text);
        s.string(QStringLiteral("message_xpath"), login.failure.messageXPath);
        ProfileChecks::xpath(
            login.failure.messageXPath, s.at(QStringLiteral("message_xpath")), r.problems());
    }
    if (const auto o = r.object(QStringLiteral("expired"))) {
        ObjectReader s(*o, r.at(QStringLiteral("expired")), r.problems());
        s.string(QStringLiteral("redirect_contains"), login.expired.redirectContains);
        s.ints(QStringLiteral("status_codes"), login.expired.statusCodes);
        s.string(QStringLiteral("text"), login.expired.text);
    }
    if (const auto o = r.object(QStringLiteral("session"))) {
        ObjectReader s(*o, r.at(QStringLiteral("session")), r.problems());
        s.integer(QStringLiteral("max_requests"), login.session.maxRequests, 0, 1'000'000'000);
        s.integer(QStringLiteral("max_age_s"), login.session.maxAgeS, 0, 1'000'000'000);
    }
    RequestSections::readLogin(r, profile);
    if (login.success.redirectContains.isEmpty() && login.success.cookie.isEmpty()
        && login.success.text.isEmpty())
        r.fail(QStringLiteral("success"),
            tr("missing: say how a successful login looks (redirect_contains, cookie or text)"));
    if (login.expired.redirectContains.isEmpty() && login.expired.statusCodes.isEmpty()
        && login.expired.text.isEmpty())
        r.fail(QStringLiteral("expired"),
            tr("missing: say how an expired session looks (redirect_contains, status_codes or "
               "text)"));
}
