#pragma once

#include <QCoreApplication>

class ObjectReader;
struct SiteProfile;

// Parses the "login" section into profile.login (and hands its request keys to
// RequestSections::readLogin).
class LoginSection final
{
    Q_DECLARE_TR_FUNCTIONS(LoginSection)

public:
    static void read(ObjectReader &top, SiteProfile &profile);
};
