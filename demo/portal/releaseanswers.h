#pragma once

#include "demoticket.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>

// What became of a release request, before it is put into a flavour's words.
struct ReleaseOutcome
{
    enum class Kind {
        Success,
        Failed, // by the configured fail rate; reasonIndex picks the reason
        Dependency, // a dependency was not released; blocking lists them ("#1011, #1012")
        Duplicate, // already released
        InProgress, // being released
        ServerError,
        NotFound,
        Forbidden, // wrong token or application
        Busy, // too many release calls open (max_release_in_flight)
    };
    Kind kind = Kind::Success;
    int ticketId = 0;
    const DemoTicket *ticket = nullptr; // null for NotFound
    QByteArray blocking;
    int reasonIndex = 0;
};

// How one flavour answers release requests: each flavour speaks its own wire format (HTML,
// JSON, GBK pages) while the release rules stay in one place (ReleaseHandler).
class ReleaseAnswers
{
public:
    virtual ~ReleaseAnswers() = default;
    virtual HttpResponse releaseAnswer(const ReleaseOutcome &outcome) = 0;
    // The flavour's answer to a dead session (302 to the login page, 401, 200 with the login
    // page), also used by the faults that imitate one.
    virtual HttpResponse expiredAnswer(const HttpRequest &request) = 0;
    // A broken answer that says neither success nor failure.
    virtual HttpResponse garbageReleaseAnswer() = 0;
};
