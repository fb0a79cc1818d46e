#pragma once

#include <QStringList>

// `releasedesk-cli check-profile ...`: args are the arguments after "check-profile". Walks the
// profile against the live portal without releasing anything and prints the report. Exit code
// 0 when no problem was found, 1 when some were (each with its likely fix), 2 bad usage or a
// profile that does not load.
int runCheckProfileCommand(const QStringList &args);
