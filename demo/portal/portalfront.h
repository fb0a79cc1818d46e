#pragma once

#include "demoticket.h"
#include "faultset.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "portalconfig.h"
#include "releaseanswers.h"

#include <QElapsedTimer>
#include <QList>

class HttpConnection;
class PortalAudit;
class ReleaseHandler;
class SessionStore;

// The portal's state a flavour works on; all of it belongs to the DemoPortal and outlives the
// fronts.
struct PortalContext
{
    QList<DemoTicket> *tickets = nullptr;
    const PortalConfig *config = nullptr;
    SessionStore *sessions = nullptr;
    PortalAudit *audit = nullptr;
    FaultSet *faults = nullptr;
    ReleaseHandler *releases = nullptr;
    const QElapsedTimer *clock = nullptr;
};

// One flavour's wire protocol: its pages, login, list and release endpoints, and its words for
// refusals. The portal owns one front per flavour and hands each request to the configured one;
// tickets, sessions, audit, faults and release rules are shared, so every flavour shows the
// same truth.
class PortalFront : public ReleaseAnswers
{
public:
    explicit PortalFront(const PortalContext &context)
        : m_context(context)
    {
    }
    PortalFront(const PortalFront &) = delete;
    PortalFront &operator=(const PortalFront &) = delete;

    // Every request the test hooks do not take, after the limits and the page latency.
    virtual void serve(HttpConnection *connection, const HttpRequest &request) = 0;
    // The release endpoint brings its own latency: no page latency is added in front of it.
    virtual bool isReleasePath(const QByteArray &path) const = 0;
    // After the tickets were regenerated or relabelled.
    virtual void rebuild() = 0;
    // The answer to a page fault or to a client over the in-flight limit (429; the caller adds
    // Retry-After).
    virtual HttpResponse faultAnswer(PortalFault fault) = 0;

protected:
    const PortalConfig &config() const { return *m_context.config; }
    const QList<DemoTicket> &tickets() const { return *m_context.tickets; }
    qint64 nowMs() const { return m_context.clock->elapsed(); }
    const DemoTicket *findTicket(int id) const;
    // Counts one request against the session; false when it is missing or has just died.
    bool useSession(const QByteArray &token) const;
    // Takes an armed page fault for this page and answers it; true when one was taken.
    bool answerPageFault(HttpConnection *connection, int page);

    PortalContext m_context;
};
