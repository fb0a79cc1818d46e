#pragma once

#include <QCoreApplication>

class ObjectReader;
struct SiteProfile;

// Parses the "list" section into profile.list: rows or items, columns, the release link and the
// status words. Paging has its own parser (PagingSection).
class ListSection final
{
    Q_DECLARE_TR_FUNCTIONS(ListSection)

public:
    static void read(ObjectReader &top, SiteProfile &profile);

private:
    static void readStatuses(ObjectReader &r, SiteProfile &profile);
    static void readHtmlRows(ObjectReader &r, SiteProfile &profile);
    static void readColumns(ObjectReader &r, SiteProfile &profile);
    static void readReleaseLink(ObjectReader &r, SiteProfile &profile);
};
