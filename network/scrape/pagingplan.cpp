#include "scrape/pagingplan.h"

PagingPlan::PagingPlan(ListProfile::Paging paging, QUrl baseUrl)
    : m_paging(std::move(paging))
    , m_baseUrl(std::move(baseUrl))
{
}

int PagingPlan::pageSize(int rowsOnFirstPage) const
{
    return m_paging.pageSize > 0 ? m_paging.pageSize : rowsOnFirstPage;
}

int PagingPlan::pageCount(int countOnPage, int totalOnPage, int rowsOnFirstPage) const
{
    if (countOnPage >= 0)
        return countOnPage;
    const int size = pageSize(rowsOnFirstPage);
    if (totalOnPage < 0 || size <= 0)
        return -1;
    return (totalOnPage + size - 1) / size;
}

QUrl PagingPlan::pageUrl(int n, int pageSize) const
{
    if (m_paging.pageTemplate.isEmpty() || n < 1)
        return {};
    const int page = m_paging.firstPage + n - 1;
    const int offset = (n - 1) * qMax(0, pageSize);
    return m_baseUrl.resolved(QUrl(ListProfile::Paging::expand(m_paging.pageTemplate, page, offset)));
}

QUrl PagingPlan::nextUrl(const QString &value, const QUrl &pageUrl, int rowsOnPage) const
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (m_paging.nextTemplate.isEmpty()) {
        // The value is the link itself; "javascript:" links need a regex and a next_template.
        const QUrl url(trimmed);
        if (url.scheme().compare(u"javascript", Qt::CaseInsensitive) == 0)
            return {};
        return pageUrl.resolved(url);
    }
    // A number (goPage(3)) is the page the portal counts; anything else a cursor or token.
    bool isNumber = false;
    const int page = trimmed.toInt(&isNumber);
    const int n = isNumber ? page - m_paging.firstPage + 1 : 0;
    const int offset = isNumber ? qMax(0, n - 1) * qMax(0, pageSize(rowsOnPage)) : 0;
    return m_baseUrl.resolved(QUrl(ListProfile::Paging::expand(
        m_paging.nextTemplate, isNumber ? page : 0, offset, trimmed)));
}
