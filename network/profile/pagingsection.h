#pragma once

#include <QCoreApplication>

class ObjectReader;
struct SiteProfile;

// Parses "list.paging" into profile.list.paging.
class PagingSection final
{
    Q_DECLARE_TR_FUNCTIONS(PagingSection)

public:
    static void read(ObjectReader &list, SiteProfile &profile);

private:
    static void readFormatTwo(ObjectReader &r, SiteProfile &profile);
};
