// releasedesk-demo-portal: the demo release portal as a program (docs/demo-portal.md).
// Prints its base URL as the first line of stdout, then serves until SIGTERM or SIGINT.
#include "demoportal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// Quits the event loop on SIGTERM/SIGINT through a self-pipe: a signal handler may only write().
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "releasedesk-demo-portal: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"releasedesk-demo-portal"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    // A client that vanishes mid-write must not kill the portal.
    std::signal(SIGPIPE, SIG_IGN);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The ReleaseDesk demo release portal (see docs/demo-portal.md)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const PortalConfig defaults;
    struct Option
    {
        QString name;
        QString help;
        QString value;
    };
    const QList<Option> options = {
        { u"port"_s, u"TCP port, 0 = a free one."_s, u"0"_s },
        { u"host"_s, u"Address to listen on."_s, u"127.0.0.1"_s },
        { u"tickets"_s, u"Number of tickets."_s, QString::number(defaults.tickets) },
        { u"seed"_s, u"Seed of the generated data."_s, QString::number(defaults.seed) },
        { u"page-size"_s, u"Tickets per list page."_s, QString::number(defaults.pageSize) },
        { u"latency-ms"_s, u"Latency of every page answer."_s, u"0"_s },
        { u"release-latency-ms"_s, u"Latency of a release (default: --latency-ms)."_s, u"-1"_s },
        { u"jitter"_s, u"Release latency varies by +-F x latency."_s, u"0"_s },
        { u"fail-rate"_s, u"Fraction of releases that fail."_s, u"0"_s },
        { u"max-in-flight"_s, u"Requests in flight per client before 429 (0 = unlimited)."_s,
            u"0"_s },
        { u"retry-after-s"_s, u"Retry-After of a 429."_s, QString::number(defaults.retryAfterS) },
        { u"ban-s"_s, u"Ban a client over the limit for S seconds instead of a plain 429."_s,
            u"0"_s },
        { u"session-max-requests"_s, u"Session expires after N requests (0 = never)."_s, u"0"_s },
        { u"session-ttl-s"_s, u"Session expires after S seconds (0 = never)."_s, u"0"_s },
        { u"flavor"_s, u"Kind of portal: classic, spa or legacy."_s, u"classic"_s },
        { u"release-link"_s,
            u"Release links on every row (all) or on pending rows only (pending-only)."_s,
            u"all"_s },
        { u"max-release-in-flight"_s, u"Release calls open at once before 503 (0 = unlimited)."_s,
            u"0"_s },
        { u"lang"_s, u"Language of the tickets and pages: zh or en (spa: en by default)."_s,
            u"zh"_s },
        { u"format"_s, u"Which list the printed hint points at: html or json (both are served)."_s,
            u"html"_s },
        { u"user"_s, u"User name."_s, defaults.user },
        { u"password"_s, u"Password."_s, defaults.password },
    };
    for (const Option &option : options)
        parser.addOption(QCommandLineOption(option.name, option.help, u"value"_s, option.value));
    const QCommandLineOption tlsCertOption(
        u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (needs --tls-key)."_s, u"file"_s);
    const QCommandLineOption tlsKeyOption(
        u"tls-key"_s, u"PEM private key of --tls-cert."_s, u"file"_s);
    parser.addOption(tlsCertOption);
    parser.addOption(tlsKeyOption);
    const QCommandLineOption faultOption(
        u"fault"_s, u"Arm a fault, NAME[@TARGET][:COUNT] (repeatable)."_s, u"name"_s);
    parser.addOption(faultOption);
    parser.process(app);

    auto number
        = [&parser](const QString &name, bool *ok) { return parser.value(name).toDouble(ok); };
    PortalConfig config;
    bool ok = true;
    bool allOk = true;
    auto integer = [&](const QString &name) {
        const int value = parser.value(name).toInt(&ok);
        allOk = allOk && ok;
        return value;
    };
    config.tickets = integer(u"tickets"_s);
    config.seed = parser.value(u"seed"_s).toUInt(&ok);
    allOk = allOk && ok;
    config.pageSize = integer(u"page-size"_s);
    config.latencyMs = integer(u"latency-ms"_s);
    config.releaseLatencyMs = integer(u"release-latency-ms"_s);
    config.jitter = number(u"jitter"_s, &ok);
    allOk = allOk && ok;
    config.failRate = number(u"fail-rate"_s, &ok);
    allOk = allOk && ok;
    config.maxInFlight = integer(u"max-in-flight"_s);
    config.retryAfterS = integer(u"retry-after-s"_s);
    config.banS = integer(u"ban-s"_s);
    config.sessionMaxRequests = integer(u"session-max-requests"_s);
    config.sessionTtlS = integer(u"session-ttl-s"_s);
    config.maxReleaseInFlight = integer(u"max-release-in-flight"_s);
    config.user = parser.value(u"user"_s);
    config.password = parser.value(u"password"_s);
    config.faults = parser.values(faultOption);
    const QString format = parser.value(u"format"_s);
    const QString releaseLink = parser.value(u"release-link"_s);
    if (!allOk)
        return fail(u"a numeric option has a value that is not a number"_s);
    if (!PortalConfig::parseFlavor(parser.value(u"flavor"_s), &config.flavor))
        return fail(u"--flavor must be classic, spa or legacy"_s);
    if (releaseLink != "all"_L1 && releaseLink != "pending-only"_L1)
        return fail(u"--release-link must be all or pending-only"_s);
    config.releaseLinkPendingOnly = releaseLink == "pending-only"_L1;
    // The spa flavour is an English app; the others are Chinese portals unless told otherwise.
    const QString lang = parser.isSet(u"lang"_s) || config.flavor != PortalFlavor::Spa
        ? parser.value(u"lang"_s)
        : u"en"_s;
    if (lang != "zh"_L1 && lang != "en"_L1)
        return fail(u"--lang must be zh or en"_s);
    if (format != "html"_L1 && format != "json"_L1)
        return fail(u"--format must be html or json"_s);
    config.language = lang == "en"_L1 ? PortalLanguage::English : PortalLanguage::Chinese;
    if (const QString error = config.validate(); !error.isEmpty())
        return fail(error);
    const quint16 port = quint16(parser.value(u"port"_s).toUInt(&ok));
    const QHostAddress host(parser.value(u"host"_s));
    if (!ok || host.isNull())
        return fail(u"bad --port or --host"_s);

    if (parser.isSet(tlsCertOption) != parser.isSet(tlsKeyOption))
        return fail(u"--tls-cert and --tls-key go together"_s);

    DemoPortal portal(config);
    if (parser.isSet(tlsCertOption)) {
        const QString error
            = portal.useTls(parser.value(tlsCertOption), parser.value(tlsKeyOption));
        if (!error.isEmpty())
            return fail(error);
    }
    if (!portal.listen(host, port))
        return fail(u"cannot listen: "_s + portal.errorString());
    quitOnSignals(app);

    const QString base = portal.baseUrl().toString();
    std::printf("%s\n", qPrintable(base));
    std::fflush(stdout);
    const char *login = "login";
    const char *list = format == "json"_L1 ? "api/tickets?page=1" : "tickets?page=1";
    if (config.flavor == PortalFlavor::Spa) {
        login = "api/v1/login";
        list = "api/v1/releases?offset=0";
    } else if (config.flavor == PortalFlavor::Legacy) {
        login = "login.jsp";
        list = "list.do?start=0";
    }
    std::printf("login:   %s%s  (user %s)\nlist:    %s%s\naudit:   %s_audit\n", qPrintable(base),
        login, qPrintable(config.user), qPrintable(base), list, qPrintable(base));
    std::fflush(stdout);
    return app.exec();
}
