#pragma once

#include <QCoreApplication>

class ObjectReader;
struct SiteProfile;

// Parses the small optional sections that tune how ReleaseDesk talks to the portal rather than
// what it reads: "tls", "planning" and "politeness".
class SettingsSection final
{
    Q_DECLARE_TR_FUNCTIONS(SettingsSection)

public:
    static void readTls(ObjectReader &top, SiteProfile &profile);
    static void readPlanning(ObjectReader &top, SiteProfile &profile);
    static void readPoliteness(ObjectReader &top, SiteProfile &profile);
};
