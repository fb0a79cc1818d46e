#pragma once

#include <QStringList>

// `releasedesk-cli release ...` (issue 7): args are the arguments after "release".
// Returns the process exit code.
int runReleaseCommand(const QStringList &args);
