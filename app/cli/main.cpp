// releasedesk-cli: headless front end. Only wiring: the first argument picks a command.
#include "releasecommand.h"
#include "scrapecommand.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
void printUsage(QTextStream &out)
{
    out << "Usage: releasedesk-cli <command> [options]\n"
           "Commands:\n"
           "  scrape   log in and print every ticket of the portal (--help for options)\n"
           "  release  scrape, plan, approve and release (--help for options)\n"
           "releasedesk-cli --version prints the version.\n";
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == u"scrape")
        return runScrapeCommand(args);
    if (command == u"release")
        return runReleaseCommand(args);
    QTextStream err(stderr);
    if (command == u"--version") {
        QTextStream(stdout) << "releasedesk-cli " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    if (command == u"--help" || command == u"-h" || command == u"help") {
        QTextStream out(stdout);
        printUsage(out);
        return 0;
    }
    if (!command.isEmpty())
        err << "releasedesk-cli: unknown command '" << command << "'\n";
    printUsage(err);
    return 2;
}
