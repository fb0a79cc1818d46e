// Fuzz target: a profile file as a person writes or passes it around. The JSON text goes through
// SiteProfile::fromJson; a profile that loads is then used as the program would use it (URLs,
// templates, and its extraction and login rules over a small real page), because a rule that
// validates must not crash what runs it.
#include "fuzzsupport.h"

#include "releaseticket.h"
#include "scrape/ticketextractor.h"
#include "session/loginformextractor.h"

namespace {

const QByteArray samplePage = QByteArrayLiteral(
    "<html><body><form action=\"/login\" method=\"post\"><input name=\"username\">"
    "<input type=\"password\" name=\"password\"><input type=\"hidden\" name=\"csrf\" value=\"t\">"
    "</form><table><tr><th>id</th><th>应用</th></tr><tr class=\"ticket\"><td>T-1</td>"
    "<td><a href=\"release?id=T-1\">app</a></td></tr></table><a href=\"?page=2\">next</a>"
    "</body></html>");
const QByteArray sampleJson
    = QByteArrayLiteral("{\"items\":[{\"id\":\"T-1\",\"app\":\"a\",\"depends_on\":[\"T-0\"]}],"
                        "\"total\":1,\"pages\":1}");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQt();
    ProfileError error;
    const std::optional<SiteProfile> profile
        = SiteProfile::fromJson(FuzzSupport::bytes(data, size), &error, QStringLiteral("fuzz"));
    if (!profile) {
        FuzzSupport::require(!error.problems.isEmpty(), "a refused profile names its problems");
        return 0;
    }
    (void)profile->loginUrl();
    (void)profile->firstPageUrl();
    (void)profile->pageUrl(2);
    ReleaseTicket ticket;
    ticket.id = QStringLiteral("T-1");
    (void)profile->releaseParams(ticket);
    const TicketExtractor extractor(*profile);
    const QUrl pageUrl = profile->firstPageUrl();
    (void)extractor.extract(
        profile->list.kind == SiteProfile::ListKind::Json ? sampleJson : samplePage, pageUrl);
    QString loginError;
    if (const auto form
        = LoginFormExtractor::extract(profile->login, samplePage, profile->loginUrl(), &loginError))
        (void)form->encodedBody();
    return 0;
}
