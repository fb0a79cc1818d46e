#pragma once

#include "planninghints.h"
#include "profile/requestspec.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

struct ReleaseTicket;

// What is wrong with a profile: one line per problem, each naming the exact field path
// ("list.columns.application.header: must be a non-empty string").
struct ProfileError
{
    QString source; // file or resource the profile came from, for the message
    QStringList problems;

    QString text() const; // "<source>: " + problems joined by newlines
};

// How one value is found: in an HTML row by header text or XPath, or in a JSON item by path.
// The same shape serves ticket columns, the release link, the pager's total and page count.
struct FieldRule
{
    QString header; // text of the column header ("应用"); the cell under it is used
    QString xpath; // XPath 1.0 relative to the row (or to the document for pager values)
    QString attribute; // take this attribute (e.g. "href") instead of the text
    QString regex; // optional; the first capture group (or whole match) is the value
    QString split; // optional separator turning the value into a list ("," for dependencies)
    QString path; // JSON variant: dotted path into the item ("depends_on", "meta.app")

    bool isEmpty() const { return header.isEmpty() && xpath.isEmpty() && path.isEmpty(); }
};

// A portal described as data: nothing about a portal is hard-coded in ReleaseDesk.
// Format: docs/profile.md. All relative URLs in a profile are resolved against baseUrl at the
// time they are used, so overriding baseUrl (--base-url) moves the whole profile.
struct SiteProfile
{
    struct Tls
    {
        bool verify = true;
        QString caFile; // extra PEM CA bundle for internal CAs (added to the system CAs)
    };

    struct LoginSuccess
    {
        QString redirectContains; // the POST answers a redirect whose target contains this
        QString cookie; // a cookie of this name is set
        QString text; // the answer page contains this text
    };
    struct LoginFailure
    {
        QString text; // the answer page contains this text
        QString messageXPath; // where the portal's own error message is
    };
    struct Expired
    {
        QString redirectContains; // a page read is redirected to a URL containing this
        QList<int> statusCodes; // a page read answers one of these codes (e.g. 401, 440)
        QString text; // a page read answers a page containing this text (a 200 login page)
    };
    // How long the portal keeps a session, when the profile says: ReleaseDesk then logs in again
    // before the limit instead of meeting an expired answer. 0: not stated.
    struct SessionLife
    {
        int maxRequests = 0; // requests carrying the session cookie
        int maxAgeS = 0; // seconds from the login
    };
    struct Login
    {
        QString page = QStringLiteral("login"); // relative to baseUrl
        QString formXPath; // pick the form by XPath ...
        QStringList formFields; // ... or the first form holding all these field names
        QString userField = QStringLiteral("username");
        QString passwordField = QStringLiteral("password");
        QMap<QString, QString> extraFields; // override or add fields of the form
        LoginSuccess success;
        LoginFailure failure;
        Expired expired;
        SessionLife session;
    };

    enum class ListKind { Html, Json };

    struct Paging
    {
        FieldRule next; // next link (xpath with attribute href); HTML only
        QString nextText; // or the link whose normalised text equals this
        QString pageTemplate; // "tickets?page={page}"; with pages/total all pages fetched at once
        FieldRule pageCount; // number of pages (HTML: xpath+regex; JSON: path)
        FieldRule total; // number of tickets; pages = ceil(total / pageSize)
        int pageSize = 0; // 0: the row count of the first page
        int firstPage = 1; // the number {page} takes for the first page
    };

    struct SkipRows
    {
        QStringList classes; // rows carrying one of these classes are skipped (summary rows)
        QString xpath; // rows for which this boolean XPath (relative to the row) is true
    };

    struct List
    {
        ListKind kind = ListKind::Html;
        QString firstPage = QStringLiteral("tickets"); // relative to baseUrl
        Paging paging;
        QString rowXPath; // HTML: the ticket rows
        QString headerXPath; // HTML: header cells used by FieldRule::header
        QString cellXPath = QStringLiteral("td|th"); // HTML: a row's cells, in column order
        QString itemsPath; // JSON: dotted path of the item array ("items"; "" = the root)
        SkipRows skipRows;
        QMap<QString, FieldRule> columns; // ticket field name -> rule (see ReleaseTicket::field)
        FieldRule releaseLink; // href of the release link (resolved against the page URL)
        QString releaseUrlTemplate; // or built from fields: "release?id={id}&token={token}"
        QStringList pendingStatuses;
        QStringList concurrentTrue { QStringLiteral("true"), QStringLiteral("yes"),
            QStringLiteral("是") };
        QStringList emptyValues { QStringLiteral("—"), QStringLiteral("-") }; // mean "no value"
    };

    struct ReleaseSuccess
    {
        QList<int> statusCodes; // empty: any 2xx
        QString text;
        QString pattern; // regular expression matched against the body
        QString redirectContains; // success is a redirect to a URL containing this
    };
    struct ReleaseFailure
    {
        QString text;
        QString pattern;
    };
    struct ReleaseMessage
    {
        QString xpath; // the readable result message in the answer page
        QString pattern; // or the first capture of this regular expression
    };
    struct Release
    {
        QString method = QStringLiteral("GET"); // GET or POST
        // Request parameters; values may hold {field} placeholders (ReleaseTicket::field names).
        // GET: added to the release URL's query. POST: sent form-encoded as the body.
        QList<QPair<QString, QString>> params;
        ReleaseSuccess success;
        ReleaseFailure failure;
        ReleaseMessage message;
        // What an expired-session answer to a release means. Refused (the default): the web
        // application checked the session before its handler ran, so nothing happened; log in
        // and send again. Unknown: this portal may act before it checks; never sent again.
        enum class ExpiredAnswer { Refused, Unknown };
        ExpiredAnswer expiredAnswer = ExpiredAnswer::Refused;
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

    int format = 1;
    QString name;
    QUrl baseUrl;
    Tls tls;
    Login login;
    List list;
    Release release;
    PlanningHints planning; // concurrencyLimit mirrors politeness.concurrency
    Politeness politeness;
    RequestProfile requests; // format 2: login request, captures, headers, release steps

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
    QUrl pageUrl(int page) const; // from paging.pageTemplate; invalid without one
    // Same scheme, host and port as baseUrl: the only place requests may go or be redirected.
    bool isSameOrigin(const QUrl &url) const;

    // The release parameters for a ticket with {field} placeholders filled in.
    QList<QPair<QString, QString>> releaseParams(const ReleaseTicket &ticket) const;
    // Fills {field} placeholders of a template from a ticket.
    static QString expandTemplate(const QString &pattern, const ReleaseTicket &ticket);
};
