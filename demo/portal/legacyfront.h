#pragma once

#include "legacyrenderer.h"
#include "portalfront.h"

#include <QHash>

// The legacy flavour: a Java EE style system in GBK. Form login to j_security_check behind a
// pre-login JSESSIONID cookie, the password decoded as GBK; 200 with the login page when the
// session is dead; list.do paged by javascript:goPage(n) over start=; release in two steps:
// confirm.do hands out a single-use confirmToken, release.do spends it. Wire details in
// docs/demo-portal.md.
class LegacyFront final : public PortalFront
{
public:
    explicit LegacyFront(const PortalContext &context);

    void serve(HttpConnection *connection, const HttpRequest &request) override;
    bool isReleasePath(const QByteArray &path) const override { return path == "/release.do"; }
    void rebuild() override;
    HttpResponse faultAnswer(PortalFault fault) override;

    HttpResponse releaseAnswer(const ReleaseOutcome &outcome) override;
    HttpResponse expiredAnswer(const HttpRequest &request) override;
    HttpResponse garbageReleaseAnswer() override;

    // application/x-www-form-urlencoded decoded byte-wise, then from GBK; a value that is not
    // valid GBK comes back null (so it matches nothing).
    static QHash<QString, QString> decodeGbkForm(const QByteArray &body);

private:
    struct ConfirmToken
    {
        int ticketId = 0;
        bool used = false;
    };

    void serveLogin(HttpConnection *connection, const HttpRequest &request);
    void serveList(HttpConnection *connection, const HttpRequest &request);
    void serveConfirm(HttpConnection *connection, const HttpRequest &request);
    void serveRelease(HttpConnection *connection, const HttpRequest &request);
    // The login page with a fresh pre-login cookie; after login the browser goes to target.
    HttpResponse loginPage(const QByteArray &target, const QString &error, bool charsetInHeader);
    HttpResponse gbkPage(int status, const QByteArray &body) const; // charset in the header
    void forgetOldTokens();

    LegacyRenderer m_renderer;
    QHash<QByteArray, QByteArray> m_preLogin; // pre-login JSESSIONID → where to go after login
    QHash<QByteArray, ConfirmToken> m_confirmTokens;
};
