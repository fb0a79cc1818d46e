#pragma once

#include <QStringList>

// `releasedesk-cli release ...`: args are the arguments after "release".
// Returns the process exit code.
int runReleaseCommand(const QStringList &args);
