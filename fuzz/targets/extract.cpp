// Fuzz target: a list page as a portal (or whoever answers in its place) sends it, read by
// TicketExtractor with the embedded and example profiles (FuzzSupport::profilesFor): rows,
// cells, paging values, next links and release links, HTML and JSON alike.
#include "fuzzsupport.h"

#include "scrape/ticketextractor.h"

#include <memory>

namespace {

struct Reader
{
    std::shared_ptr<const TicketExtractor> extractor;
    QUrl pageUrl;
};

const QList<Reader> &readers()
{
    static const QList<Reader> all = [] {
        QList<Reader> out;
        for (const auto &named : FuzzSupport::profiles()) {
            Reader reader;
            reader.extractor = std::make_shared<const TicketExtractor>(named.profile);
            reader.pageUrl = named.profile.firstPageUrl();
            out.append(std::move(reader));
        }
        return out;
    }();
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::quietQt();
    const QByteArray body = FuzzSupport::bytes(data, size);
    for (const qsizetype index : FuzzSupport::profilesFor(body)) {
        const Reader &reader = readers().at(index);
        const ExtractedPage page = reader.extractor->extract(body, reader.pageUrl);
        FuzzSupport::require(page.tickets.size() <= page.rowsSeen || page.rowsSeen == 0,
            "no more tickets than rows seen");
        for (const ReleaseTicket &ticket : page.tickets)
            FuzzSupport::require(ticket.releaseUrl.isEmpty() || !ticket.releaseUrl.isRelative(),
                "a release link comes out absolute");
        FuzzSupport::require(page.nextPage.isEmpty() || !page.nextPage.isRelative(),
            "a next link comes out absolute");
    }
    return 0;
}
