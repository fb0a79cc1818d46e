#pragma once

#include <QStringList>

// The site profile files installed on this machine: the package's (/usr/share/releasedesk/profiles,
// with its examples/ folder) and the user's own (~/.local/share/releasedesk/profiles), looked up
// in every XDG data directory, the user's first. An installed copy of a built-in profile is left
// out, so a list of both shows each profile once; an edited copy stays in.
class InstalledProfiles final
{
public:
    static QString subfolder(); // "releasedesk/profiles", under each data directory
    static QStringList paths(); // absolute *.json paths; in each folder sorted by path
};
