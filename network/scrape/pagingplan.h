#pragma once

#include "profile/listprofile.h"

#include <QString>
#include <QUrl>

// Where the pages of a ticket list are: the URL of page n from the profile's page template
// ({page}, {offset}, {start}), how many pages there are from what the first page says (a page
// count, or a total and the page size), and the next page's URL from a next value (a link, a
// JSON "next" URL or cursor, a page number inside "javascript:goPage(3)"). Pure; copied freely.
//
// {page} is the page's number as the portal counts (paging.first_page for the first),
// {offset} the index of its first ticket counting from 0, {start} the same counting from 1.
class PagingPlan final
{
public:
    PagingPlan(ListProfile::Paging paging, QUrl baseUrl);

    // Tickets per page: the profile's page_size, else what the first page held.
    int pageSize(int rowsOnFirstPage) const;
    // Pages in the list, -1 when the first page does not tell (no count, no total).
    int pageCount(int countOnPage, int totalOnPage, int rowsOnFirstPage) const;
    // Whether page n can be addressed directly (a page template is given).
    bool addressesPages() const { return !m_paging.pageTemplate.isEmpty(); }
    // Page n, counted from 1 for the first page; invalid without a page template.
    QUrl pageUrl(int n, int pageSize) const;
    // The page after the one at pageUrl, from the next value found on it; invalid when the
    // value is empty (the last page). rowsOnPage gives the page size when the profile has none.
    QUrl nextUrl(const QString &value, const QUrl &pageUrl, int rowsOnPage) const;

private:
    ListProfile::Paging m_paging;
    QUrl m_baseUrl;
};
