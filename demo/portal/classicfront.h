#pragma once

#include "pagerenderer.h"
#include "portalfront.h"

// The classic flavour: a server-rendered portal in UTF-8 with a login form and CSRF token, the
// HTML list (/tickets) and its JSON twin (/api/tickets), one-step /release links, and a 302 to
// /login when the session is dead (cookie RDSESSION).
class ClassicFront final : public PortalFront
{
public:
    explicit ClassicFront(const PortalContext &context);

    void serve(HttpConnection *connection, const HttpRequest &request) override;
    bool isReleasePath(const QByteArray &path) const override { return path == "/release"; }
    void rebuild() override;
    HttpResponse faultAnswer(PortalFault fault) override;

    HttpResponse releaseAnswer(const ReleaseOutcome &outcome) override;
    HttpResponse expiredAnswer(const HttpRequest &request) override;
    HttpResponse garbageReleaseAnswer() override;

    const PageRenderer &renderer() const { return m_renderer; }

private:
    void serveLogin(HttpConnection *connection, const HttpRequest &request);
    void serveList(HttpConnection *connection, const HttpRequest &request, bool json);
    void startRelease(HttpConnection *connection, const HttpRequest &request);

    PageRenderer m_renderer;
};
