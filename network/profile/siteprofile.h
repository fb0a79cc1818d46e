#pragma once

#include "planninghints.h"
#include "profile/fieldrule.h"
#include "profile/listprofile.h"
#include "profile/loginprofile.h"
#include "profile/profileerror.h"
#include "profile/releaseprofile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

struct ReleaseTicket;

// A portal described as data: nothing about a portal is hard-coded in ReleaseDesk.
// Format: docs/profile.md. All relative URLs in a profile are resolved against baseUrl at the
// time they are used, so overriding baseUrl (--base-url) moves the whole profile.
// Each section has its own type (loginprofile.h, listprofile.h, ...) and parser
// (loginsection.cpp, ...); ProfileLoader reads the file and runs them.
struct SiteProfile
{
    struct Tls
    {
        bool verify = true;
        QString caFile; // extra PEM CA bundle for internal CAs (added to the system CAs)
    };

    struct Politeness
    {
        int concurrency = 6; // requests in flight at most, honoured exactly (also above 6)
        int minIntervalMs = 0; // between the starts of two requests
        int timeoutMs = 30000; // per page read (transfer timeout)
        int releaseTimeoutMs = 120000; // per release request
        qint64 maxPageBytes = 32 * 1024 * 1024; // larger answers are aborted
        int pageRetries = 3; // 5xx/timeouts on page reads; releases are never retried
    };

    // The section types under the names the rest of the code has always used.
    using Login = LoginProfile;
    using LoginSuccess = LoginProfile::Success;
    using LoginFailure = LoginProfile::Failure;
    using Expired = LoginProfile::Expired;
    using SessionLife = LoginProfile::SessionLife;
    using List = ListProfile;
    using ListKind = ListProfile::Kind;
    using Paging = ListProfile::Paging;
    using SkipRows = ListProfile::SkipRows;
    using Release = ReleaseProfile;
    using ReleaseSuccess = ReleaseProfile::Success;
    using ReleaseFailure = ReleaseProfile::Failure;
    using ReleaseMessage = ReleaseProfile::Message;

    int format = 1;
    QString name;
    QUrl baseUrl;
    // Format 2: the charset of answers that declare none (no Content-Type charset, no <meta>,
    // no byte order mark, not valid UTF-8), e.g. "gbk" for an old portal. "" = windows-1252.
    QString encoding;
    Tls tls;
    Login login;
    List list;
    Release release;
    PlanningHints planning; // concurrencyLimit mirrors politeness.concurrency
    Politeness politeness;

    // Loading never crashes on bad input: nullopt plus every problem found in *error.
    static std::optional<SiteProfile> fromJson(
        const QByteArray &json, ProfileError *error, const QString &source = {});
    // A file path, or the name of an embedded profile ("demo", "demo-en", "demo-json").
    static std::optional<SiteProfile> load(const QString &pathOrName, ProfileError *error);
    static QStringList embeddedNames();
    static QString embeddedPath(const QString &name); // ":/profiles/<name>.json" or ""

    // Overrides the base URL (e.g. --base-url); a missing trailing slash is added.
    void setBaseUrl(const QUrl &url);
    void setConcurrency(int limit); // keeps planning.concurrencyLimit in step

    QUrl resolve(const QString &relative) const; // against baseUrl
    QUrl loginUrl() const { return resolve(login.page); }
    QUrl firstPageUrl() const { return resolve(list.firstPage); }
    // Page number `page` as the portal counts, from paging.pageTemplate; invalid without one.
    // Scraping uses PagingPlan, which also knows the page size the first page showed.
    QUrl pageUrl(int page) const;
    // Same scheme, host and port as baseUrl: the only place requests may go or be redirected.
    bool isSameOrigin(const QUrl &url) const;

    // The release parameters for a ticket with {field} placeholders filled in.
    QList<QPair<QString, QString>> releaseParams(const ReleaseTicket &ticket) const;
    // Fills {field} placeholders of a template from a ticket.
    static QString expandTemplate(const QString &pattern, const ReleaseTicket &ticket);
};
