#include "profile/pagingsection.h"

#include "profile/fieldrulereader.h"
#include "profile/objectreader.h"
#include "profile/profilechecks.h"
#include "profile/siteprofile.h"

void PagingSection::readFormatTwo(ObjectReader &r, SiteProfile &profile)
{
    ListProfile::Paging &paging = profile.list.paging;
    const FieldRuleReader::Context context { profile.list.kind == ListProfile::Kind::Json,
        profile.format };
    if (auto rule = FieldRuleReader::optional(r, QStringLiteral("next"), context)) {
        if (r.has(QStringLiteral("next_xpath")))
            r.fail(QStringLiteral("next"), tr("give next or next_xpath, not both"));
        paging.next = *rule;
        if (!context.json && paging.next.attribute.isEmpty())
            paging.next.attribute = QStringLiteral("href");
        if (!context.json && !paging.next.header.isEmpty())
            r.fail(QStringLiteral("next"), tr("the next link is found by xpath, not by header"));
    }
    r.string(QStringLiteral("next_template"), paging.nextTemplate);
    if (!paging.nextTemplate.isEmpty() && paging.next.isEmpty() && paging.nextText.isEmpty())
        r.fail(QStringLiteral("next_template"), tr("needs next (or next_text) to give its value"));
}

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
    if (profile.format >= 2)
        readFormatTwo(r, profile);
    r.string(QStringLiteral("page_template"), paging.pageTemplate);
    const bool addressesPages = paging.pageTemplate.contains(QStringLiteral("{page}"))
        || (profile.format >= 2
            && (paging.pageTemplate.contains(QStringLiteral("{offset}"))
                || paging.pageTemplate.contains(QStringLiteral("{start}"))));
    if (!paging.pageTemplate.isEmpty() && !addressesPages)
        r.fail(QStringLiteral("page_template"),
            profile.format >= 2 ? tr("must contain {page}, {offset} or {start}")
                                : tr("must contain {page}"));
    if (auto rule = FieldRuleReader::optional(r, QStringLiteral("page_count"), context))
        paging.pageCount = *rule;
    if (auto rule = FieldRuleReader::optional(r, QStringLiteral("total"), context))
        paging.total = *rule;
    r.integer(QStringLiteral("page_size"), paging.pageSize, 1, 100000);
    r.integer(QStringLiteral("first_page"), paging.firstPage, 0, 1000000);
    // Format 2 may read the total only to check the count while following next links.
    const bool totalAsCheck = profile.format >= 2 && paging.pageCount.isEmpty()
        && (!paging.next.isEmpty() || !paging.nextText.isEmpty());
    if ((!paging.pageCount.isEmpty() || !paging.total.isEmpty()) && paging.pageTemplate.isEmpty()
        && !totalAsCheck)
        r.fail(QStringLiteral("page_template"),
            tr("missing: page_count and total need a page_template to build page URLs"));
}
