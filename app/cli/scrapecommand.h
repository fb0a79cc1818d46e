#pragma once

#include <QStringList>

// `releasedesk-cli scrape ...`: args are the arguments after "scrape".
// Runs the event loop until the scrape is over; returns the process exit code.
int runScrapeCommand(const QStringList &args);
