#include "profile/pagingsection.h"

#include "profile/fieldrulereader.h"
#include "profile/objectreader.h"
#include "profile/profilechecks.h"
#include "profile/siteprofile.h"

void PagingSection::read(ObjectReader &list, SiteProfile &profile)
{
    const auto object = list.object(QStringLiteral("paging"));
    if (!object)
        return;
    ListProfile::Paging &paging = profile.list.paging;
    const FieldRuleReader::Context context { profile.list.kind == ListProfile::Kind::Json,
        profile.format };
    ObjectReader r(*object, list.at(QStringLiteral("paging")), list.problems());
    if (!context.json) {
        if (const QJsonValue v = r.value(QStringLiteral("next_xpath")); !v.isUndefined()) {
            if (!v.isString() || v.toString().trimmed().isEmpty()) {
                r.fail(QStringLiteral("next_xpath"), tr("must be a non-empty string"));
            } else {
                paging.next.xpath = v.toString();
                paging.next.attribute = QStringLiteral("href");
                ProfileChecks::xpath(
                    paging.next.xpath, r.at(QStringLiteral("next_xpath")), r.problems());
            }
        }
        r.string(QStringLiteral("next_text"), paging.nextText);
    }
    r.string(QStringLiteral("page_template"), paging.pageTemplate);
    if (!paging.pageTemplate.isEmpty() && !paging.pageTemplate.contains(QStringLiteral("{page}")))
        r.fail(QStringLiteral("page_template"), tr("must contain {page}"));
    if (auto rule = FieldRuleReader::optional(r, QStringLiteral("page_count"), context))
        paging.pageCount = *rule;
    if (auto rule = FieldRuleReader::optional(r, QStringLiteral("total"), context))
        paging.total = *rule;
    r.integer(QStringLiteral("page_size"), paging.pageSize, 1, 100000);
    r.integer(QStringLiteral("first_page"), paging.firstPage, 0, 1000000);
    if ((!paging.pageCount.isEmpty() || !paging.total.isEmpty()) && paging.pageTemplate.isEmpty())
        r.fail(QStringLiteral("page_template"),
            tr("missing: page_count and total need a page_template to build page URLs"));
}
