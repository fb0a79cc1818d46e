// Placeholder until the release issue (#7) lands its command.
#include "releasecommand.h"

#include <QTextStream>

int runReleaseCommand(const QStringList &args)
{
    Q_UNUSED(args);
    QTextStream(stderr) << "release: not built yet\n";
    return 2;
}
