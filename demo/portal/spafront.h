#pragma once

#include "portalfront.h"
#include "sparenderer.h"

// The spa flavour: an English single-page app over a JSON API. The app shell carries the
// session's CSRF token in a meta tag; login is a JSON call; the list pages by offset/limit with a
// `next` link; a release is a JSON POST that must send the token back as X-CSRF-Token; a dead
// session gets 401 (cookie sid). Wire details in docs/demo-portal.md.
class SpaFront final : public PortalFront
{
public:
    explicit SpaFront(const PortalContext &context);

    void serve(HttpConnection *connection, const HttpRequest &request) override;
    bool isReleasePath(const QByteArray &path) const override;
    void rebuild() override;
    HttpResponse faultAnswer(PortalFault fault) override;

    HttpResponse releaseAnswer(const ReleaseOutcome &outcome) override;
    HttpResponse expiredAnswer(const HttpRequest &request) override;
    HttpResponse garbageReleaseAnswer() override;

private:
    void serveLogin(HttpConnection *connection, const HttpRequest &request);
    void serveList(HttpConnection *connection, const HttpRequest &request);
    void serveDeploy(HttpConnection *connection, const HttpRequest &request, int id);
    // A deploy turned away before the release handler, recorded in the audit.
    void refuseDeploy(
        HttpConnection *connection, int id, const QByteArray &result, const HttpResponse &response);

    SpaRenderer m_renderer;
};
