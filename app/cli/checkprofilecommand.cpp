#include "checkprofilecommand.h"

#include "profile/siteprofile.h"
#include "profilecheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

namespace {

enum Exit { Ok = 0, ProblemsFound = 1, Usage = 2 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckProfileCommand)
};

} // namespace

int runCheckProfileCommand(const QStringList &args)
{
    QTextStream err(stderr);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Walk a site profile against the live portal without releasing anything: the login, the "
        "captured values, the first list page, the pages it will read and every step of the "
        "release it would send for the first pending ticket. Each problem comes with its likely "
        "fix. Exit code 0: no problem, 1: problems found, 2: bad usage or a profile that does "
        "not load."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        Tr::tr("Site profile: a JSON file, or one of the embedded %1.")
            .arg(SiteProfile::embeddedNames().join(QStringLiteral(", "))),
        QStringLiteral("file"));
    const QCommandLineOption baseOption(QStringLiteral("base-url"),
        Tr::tr("Use this portal address instead of the profile's."), QStringLiteral("url"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        Tr::tr("Requests in flight at most (1-256; default: the profile's politeness.concurrency), "
               "as scrape and release use."),
        QStringLiteral("n"));
    const QCommandLineOption userOption(QStringLiteral("user"),
        Tr::tr("User name (default: $RELEASEDESK_USER)."), QStringLiteral("name"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"),
        Tr::tr("Read the password from the first line of stdin (else $RELEASEDESK_PASSWORD)."));
    const QCommandLineOption verboseOption(
        QStringList { QStringLiteral("v"), QStringLiteral("verbose") },
        Tr::tr("Log what happens on stderr."));
    parser.addOptions(
        { profileOption, baseOption, limitOption, userOption, stdinOption, verboseOption });
    if (!parser.parse(QStringList { QStringLiteral("releasedesk-cli check-profile") } + args)) {
        err << "check-profile: " << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Ok;
    }
    if (!parser.isSet(verboseOption))
        QLoggingCategory::setFilterRules(QStringLiteral("rd.*.info=false"));
    if (!parser.isSet(profileOption)) {
        err << Tr::tr("check-profile: --profile is required") << "\n";
        return Usage;
    }
    ProfileError profileError;
    std::optional<SiteProfile> profile = SiteProfile::load(parser.value(profileOption), &profileError);
    if (!profile) {
        err << Tr::tr("check-profile: the site profile does not load:") << "\n"
            << profileError.text() << "\n";
        return Usage;
    }
    if (parser.isSet(baseOption)) {
        const QUrl base(parser.value(baseOption), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()
            || (base.scheme() != u"http" && base.scheme() != u"https")) {
            err << Tr::tr("check-profile: --base-url must be an absolute http(s) URL") << "\n";
            return Usage;
        }
        profile->setBaseUrl(base);
    }
    if (parser.isSet(limitOption)) {
        bool ok = false;
        const int limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 256) {
            err << Tr::tr("check-profile: --limit must be a number from 1 to 256") << "\n";
            return Usage;
        }
        profile->setConcurrency(limit);
    }
    const QString user = parser.isSet(userOption) ? parser.value(userOption)
                                                  : qEnvironmentVariable("RELEASEDESK_USER");
    if (user.isEmpty()) {
        err << Tr::tr("check-profile: no user name: pass --user or set RELEASEDESK_USER") << "\n";
        return Usage;
    }
    // Never from argv, where every user of the machine could read it in the process list.
    QString password;
    if (parser.isSet(stdinOption)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << Tr::tr("check-profile: cannot read the password from stdin") << "\n";
            return Usage;
        }
        password = QString::fromUtf8(in.readLine()).remove(u'\n').remove(u'\r');
    } else if (qEnvironmentVariableIsSet("RELEASEDESK_PASSWORD")) {
        password = qEnvironmentVariable("RELEASEDESK_PASSWORD");
    } else {
        err << Tr::tr("check-profile: no password: pass --password-stdin or set "
                      "RELEASEDESK_PASSWORD")
            << "\n";
        return Usage;
    }

    ProfileCheck check(*profile, user, password);
    ProfileCheckReport report;
    QEventLoop loop;
    QObject::connect(&check, &ProfileCheck::finished, &loop, [&](const ProfileCheckReport &r) {
        report = r;
        loop.quit();
    });
    check.start();
    loop.exec();
    out << report.text();
    out.flush();
    return report.problemCount() == 0 ? Ok : ProblemsFound;
}
