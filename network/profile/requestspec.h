#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The request side of a format-2 profile: what ReleaseDesk sends, as opposed to what it reads.
// Every string may hold {name} placeholders, filled at send time from the captured values,
// the credentials ({user}, {password}) and, for release steps, the ticket's fields.

using HeaderList = QList<QPair<QString, QString>>; // in the order the profile gives them

// A request body as the profile writes it.
struct BodySpec
{
    enum class Kind { None, Form, Json };
    Kind kind = Kind::None;
    HeaderList form; // Kind::Form: name → value template, in the profile file's order
    // Kind::Json: a template object; string values may hold {field}, numbers and booleans are
    // sent as they are written.
    QJsonValue json;
    // Kind::Json: each object's keys in the profile file's order, by JSON pointer ("" the root);
    // QJsonValue alone would sort them (JsonKeyOrder).
    QHash<QString, QStringList> jsonKeyOrder;
};

// One request: method, where to, what to send. An empty url means "the default one" (the
// login form's action, the ticket's release link), decided by whoever uses the spec.
struct RequestSpec
{
    QString method; // "" = the default of the context (GET, or the form's method)
    QString url; // template, relative to base_url or absolute
    BodySpec body;
    HeaderList headers; // added to the profile's headers for this request kind
};

// Where a named value comes from. Exactly one source is set.
struct CaptureSpec
{
    enum class Source { Page, Cookie, LoginAnswer };
    QString name; // used as {name}
    Source source = Source::Page;
    QString page; // Source::Page: the page to read (template, relative to base_url)
    QString cookie; // Source::Cookie: its name
    QString xpath; // on an HTML page: the element (its text, or attribute)
    QString attribute;
    QString jsonPath; // on a JSON answer: dotted path
    QString regex; // optional; on the found value, or on the whole decoded text when alone
    bool secret = true; // redacted in logs and reports (tokens are, by default)

    QString describe() const; // "meta csrf-token on app (xpath …)", for reports
};

// Headers per request kind; "all" apply to every kind, the kind's own come after and win.
struct HeaderSpec
{
    HeaderList all;
    HeaderList page; // list pages and other reads
    HeaderList login;
    HeaderList release; // every release step
};

// How the login is sent. Kind::Form (the default) reads the login page's form as a browser
// would; Kind::Api sends request as it is written (a JSON body with {user} and {password}).
struct LoginRequestSpec
{
    enum class Kind { Form, Api };
    Kind kind = Kind::Form;
    RequestSpec request; // Form: only headers used (and url/method overrides); Api: all
    // API success: the answer's status is one of these (empty: any 2xx) ...
    QList<int> successStatusCodes;
    // ... and, when set, this JSON path holds a true value (or equals successValue).
    QString successJsonPath;
    QString successValue;
    QString failureJsonPath; // the portal's own message in a refused API login
};

// One step of a release. Steps before the acting one are reads (safe to repeat through the
// session's page read); only the acting step is at-most-once.
struct ReleaseStepSpec
{
    enum class Target { Url, ReleaseLink, RowForm };
    QString name; // for --plan-only and reports ("confirm", "release")
    Target target = Target::Url; // ReleaseLink: the row's link; RowForm: the row's form
    RequestSpec request; // url used with Target::Url; a body overrides the form's fields
    QList<CaptureSpec> captures; // read from this step's answer (Source::Page, no page)
    bool acting = false; // true for the last step, and only for it
};

// The request side of a profile; empty (formatTwo == false) in format-1 profiles, which keep
// their login form and single GET/POST release.
struct RequestProfile
{
    LoginRequestSpec login;
    QList<CaptureSpec> captures; // after every login, in order
    HeaderSpec headers;
    QList<ReleaseStepSpec> releaseSteps; // empty: the single format-1 release request
    QString formCharset; // override for form submission; "" = the page's, as browsers do

    bool hasSteps() const { return !releaseSteps.isEmpty(); }
};
