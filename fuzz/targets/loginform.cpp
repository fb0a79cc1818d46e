// Fuzz target: a login page, read by LoginFormExtractor with the profiles' login rules
// (FuzzSupport::profilesFor), and the form body it would submit with the credentials filled in.
#include "fuzzsupport.h"

#include "session/loginformextractor.h"

#include <QUrlQuery>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQt();
    const QByteArray html = FuzzSupport::bytes(data, size);
    for (const qsizetype index : FuzzSupport::profilesFor(html)) {
        const FuzzSupport::NamedProfile &named = FuzzSupport::profiles().at(index);
        const SiteProfile::Login &login = named.profile.login;
        QString error;
        std::optional<LoginForm> form
            = LoginFormExtractor::extract(login, html, named.profile.loginUrl(), &error);
        if (!form) {
            FuzzSupport::require(!error.isEmpty(), "a page without the form says why");
            continue;
        }
        form->setField(login.userField, QStringLiteral("user & co=1"));
        form->setField(login.passwordField, QStringLiteral("p%ss+w;rd"));
        const QByteArray body = form->encodedBody();
        // What the portal would decode must be what was filled in, whatever the page held.
        const QUrlQuery decoded(QString::fromUtf8(body));
        FuzzSupport::require(decoded.queryItemValue(login.passwordField, QUrl::FullyDecoded)
                == QStringLiteral("p%ss+w;rd"),
            "the password field survives form encoding");
    }
    return 0;
}
