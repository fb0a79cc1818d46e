#include "scrapecommand.h"

#include "session/portalsession.h"
#include "profile/siteprofile.h"
#include "ticketprinter.h"
#include "scrape/ticketscraper.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>

namespace {

// Exit codes: 0 every page read, 1 the scrape failed or was incomplete (what was read is still
// printed), 2 bad usage or profile, 3 login failed.
enum Exit { Ok = 0, ScrapeFailed = 1, Usage = 2, LoginFailed = 3 };

// Where the password comes from: stdin (one line) or RELEASEDESK_PASSWORD, never argv, where
// every user of the machine could read it in the process list.
bool readPassword(bool fromStdin, QString *password, QString *error)
{
    if (fromStdin) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the password from stdin");
            return false;
        }
        *password = QString::fromUtf8(in.readLine()).remove(u'\n').remove(u'\r');
        return true;
    }
    if (qEnvironmentVariableIsSet("RELEASEDESK_PASSWORD")) {
        *password = qEnvironmentVariable("RELEASEDESK_PASSWORD");
        return true;
    }
    *error = QStringLiteral("no password: pass --password-stdin or set RELEASEDESK_PASSWORD");
    return false;
}

bool lessById(const ReleaseTicket &a, const ReleaseTicket &b)
{
    bool okA = false, okB = false;
    const qlonglong na = a.id.toLongLong(&okA), nb = b.id.toLongLong(&okB);
    if (okA && okB)
        return na < nb;
    return a.id < b.id;
}

} // namespace

int runScrapeCommand(const QStringList &args)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Log in to a release portal and print every ticket."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral("Site profile: a JSON file, or one of the embedded %1.")
            .arg(SiteProfile::embeddedNames().join(QStringLiteral(", "))),
        QStringLiteral("file"));
    const QCommandLineOption baseOption(QStringLiteral("base-url"),
        QStringLiteral("Use this portal address instead of the profile's."), QStringLiteral("url"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QStringLiteral("Requests in flight at most (default: the profile's)."),
        QStringLiteral("n"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        QStringLiteral("User name (default: $RELEASEDESK_USER)."), QStringLiteral("name"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
        QStringLiteral(
            "Read the password from the first line of stdin (else $RELEASEDESK_PASSWORD)."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QStringLiteral("table (default), json or csv."), QStringLiteral("format"),
        QStringLiteral("table"));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"), QStringLiteral("Log what happens on stderr."));
    parser.addOptions({ profileOption, baseOption, limitOption, userOption, stdinOption,
        formatOption, verboseOption });
    if (!parser.parse(QStringList { QStringLiteral("releasedesk-cli scrape") } + args)) {
        err << "scrape: " << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (!parser.isSet(profileOption)) {
        err << "scrape: --profile is required (a file or one of: "
            << SiteProfile::embeddedNames().join(QStringLiteral(", ")) << ")\n";
        return Usage;
    }
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("rd.*.info=false"));
    TicketPrinter::Format format;
    if (!TicketPrinter::parseFormat(parser.value(formatOption), &format)) {
        err << "scrape: --format must be table, json or csv\n";
        return Usage;
    }

    ProfileError profileError;
    std::optional<SiteProfile> profile
        = SiteProfile::load(parser.value(profileOption), &profileError);
    if (!profile) {
        err << "scrape: the site profile is not usable: " << profileError.text() << "\n";
        return Usage;
    }
    if (parser.isSet(baseOption)) {
        const QUrl base(parser.value(baseOption), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()
            || (base.scheme() != u"http" && base.scheme() != u"https")) {
            err << "scrape: --base-url must be an absolute http(s) URL\n";
            return Usage;
        }
        profile->setBaseUrl(base);
    }
    if (parser.isSet(limitOption)) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 256) {
            err << "scrape: --limit must be a number from 1 to 256\n";
            return Usage;
        }
        profile->setConcurrency(limit);
    }
    const QString user = parser.isSet(userOption) ? parser.value(userOption)
                                                  : qEnvironmentVariable("RELEASEDESK_USER");
    if (user.isEmpty()) {
        err << "scrape: no user name: pass --user or set RELEASEDESK_USER\n";
        return Usage;
    }
    QString password, passwordError;
    if (!readPassword(parser.isSet(stdinOption), &password, &passwordError)) {
        err << "scrape: " << passwordError << "\n";
        return Usage;
    }

    PortalSession session(*profile);
    QEventLoop loop;
    PortalError loginError;
    QObject::connect(&session, &PortalSession::loginFinished, &loop, [&](const PortalError &error) {
        loginError = error;
        loop.quit();
    });
    session.login(user, password);
    loop.exec();
    if (loginError.isError()) {
        err << "scrape: cannot log in to " << profile->baseUrl.toString() << ": "
            << loginError.text() << "\n";
        return LoginFailed;
    }

    QList<ReleaseTicket> tickets;
    ScrapeResult result;
    TicketScraper scraper(&session);
    scraper.setAutoDelete(false); // on the stack
    QObject::connect(&scraper, &TicketScraper::ticketsArrived, &loop,
        [&](const QList<ReleaseTicket> &page) { tickets += page; });
    QObject::connect(&scraper, &TicketScraper::finished, &loop, [&](const ScrapeResult &r) {
        result = r;
        loop.quit();
    });
    scraper.start();
    if (scraper.isRunning())
        loop.exec();

    std::sort(tickets.begin(), tickets.end(), lessById);
    TicketPrinter::print(out, tickets, format);
    for (const QString &problem : std::as_const(result.pageErrors))
        err << "scrape: " << problem << "\n";
    if (result.error.isError()) {
        err << "scrape: incomplete: " << result.pagesFailed << " page(s) failed; " << tickets.size()
            << " tickets read. First problem: " << result.error.text() << "\n";
        return ScrapeFailed;
    }
    err << "scrape: " << tickets.size() << " tickets from " << result.pages << " pages\n";
    return Ok;
}
