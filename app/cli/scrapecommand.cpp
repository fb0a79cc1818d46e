#include "scrapecommand.h"

#include <QTextStream>

int runScrapeCommand(const QStringList &args)
{
    Q_UNUSED(args);
    QTextStream(stderr) << "scrape: not built yet\n";
    return 2;
}
