#pragma once

#include <QCoreApplication>

class ObjectReader;
struct SiteProfile;

// Parses the optional "release" section into profile.release (and hands its request keys to
// RequestSections::readRelease).
class ReleaseSection final
{
    Q_DECLARE_TR_FUNCTIONS(ReleaseSection)

public:
    static void read(ObjectReader &top, SiteProfile &profile);
};
