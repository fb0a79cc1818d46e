#include "cliconnection.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <QTextStream>

StdinReader::StdinReader()
{
    m_in.open(stdin, QIODevice::ReadOnly);
}

std::optional<QString> StdinReader::readLine()
{
    if (!m_in.isOpen() || m_in.atEnd())
        return std::nullopt;
    const QByteArray line = m_in.readLine();
    if (line.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(line).remove(u'\n').remove(u'\r');
}

CliConnection::CliConnection(const QString &command)
    : m_command(command)
    , m_profileOption(QStringLiteral("profile"),
          QStringLiteral("Site profile: a JSON file, or one of the embedded %1.")
              .arg(SiteProfile::embeddedNames().join(QStringLiteral(", "))),
          QStringLiteral("file"))
    , m_baseOption(QStringLiteral("base-url"),
          QStringLiteral("Use this portal address instead of the profile's."), QStringLiteral("url"))
    , m_limitOption(QStringLiteral("limit"),
          QStringLiteral("Requests in flight at most, 1 to 256 (default: the profile's)."),
          QStringLiteral("n"))
    , m_userOption(QStringLiteral("user"), QStringLiteral("User name (default: $RELEASEDESK_USER)."),
          QStringLiteral("name"))
    , m_stdinOption(QStringLiteral("password-stdin"),
          QStringLiteral(
              "Read the password from the first line of stdin (else $RELEASEDESK_PASSWORD)."))
    , m_verboseOption(QStringList { QStringLiteral("v"), QStringLiteral("verbose") },
          QStringLiteral("Log what happens on stderr; twice (-vv) for every request."))
{
}

void CliConnection::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({ m_profileOption, m_baseOption, m_limitOption, m_userOption,
        m_stdinOption, m_verboseOption });
}

void CliConnection::setVerbosity(int level)
{
    if (level <= 0)
        QLoggingCategory::setFilterRules(QStringLiteral("rd.*.warning=false\nrd.*.info=false\n"
                                                        "rd.*.debug=false"));
    else if (level == 1)
        QLoggingCategory::setFilterRules(QStringLiteral("rd.*.info=true\nrd.*.debug=false"));
    else
        QLoggingCategory::setFilterRules(QStringLiteral("rd.*.info=true\nrd.*.debug=true"));
}

QString CliConnection::exitCodeHelp(const QStringList &extraLines)
{
    QStringList lines { QStringLiteral("Exit codes:"),
        QStringLiteral("  0  complete: everything asked for was done") };
    lines += extraLines;
    lines += { QStringLiteral("  2  bad usage or an unusable site profile"),
        QStringLiteral("  3  logging in failed") };
    return lines.join(u'\n');
}

bool CliConnection::configure(const QCommandLineParser &parser, QTextStream &err)
{
    m_verbosity = int(parser.optionNames().count(QStringLiteral("v"))
        + parser.optionNames().count(QStringLiteral("verbose")));
    setVerbosity(m_verbosity);
    m_profileSource = parser.value(m_profileOption);
    if (m_profileSource.isEmpty()) {
        err << m_command << ": --profile is required (a file or one of: "
            << SiteProfile::embeddedNames().join(QStringLiteral(", ")) << ")\n";
        return false;
    }
    ProfileError profileError;
    std::optional<SiteProfile> profile = SiteProfile::load(m_profileSource, &profileError);
    if (!profile) {
        err << m_command << ": the site profile is not usable: " << profileError.text() << "\n";
        return false;
    }
    m_profile = *profile;
    if (parser.isSet(m_baseOption)) {
        const QUrl base(parser.value(m_baseOption), QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty()
            || (base.scheme() != u"http" && base.scheme() != u"https")) {
            err << m_command << ": --base-url must be an absolute http(s) URL\n";
            return false;
        }
        m_profile.setBaseUrl(base);
    }
    if (parser.isSet(m_limitOption)) {
        bool ok = false;
        const int limit = parser.value(m_limitOption).toInt(&ok);
        if (!ok || limit < 1 || limit > 256) {
            err << m_command << ": --limit must be a number from 1 to 256\n";
            return false;
        }
        m_profile.setConcurrency(limit);
    }
    m_user = parser.isSet(m_userOption) ? parser.value(m_userOption)
                                        : qEnvironmentVariable("RELEASEDESK_USER");
    if (m_user.isEmpty()) {
        err << m_command << ": no user name: pass --user or set RELEASEDESK_USER\n";
        return false;
    }
    m_passwordFromStdin = parser.isSet(m_stdinOption);
    return true;
}

std::optional<QString> CliConnection::password(StdinReader &in, QTextStream &err) const
{
    if (m_passwordFromStdin) {
        if (const auto line = in.readLine())
            return line;
        err << m_command << ": --password-stdin: nothing to read on stdin\n";
        return std::nullopt;
    }
    if (qEnvironmentVariableIsSet("RELEASEDESK_PASSWORD"))
        return qEnvironmentVariable("RELEASEDESK_PASSWORD");
    err << m_command << ": no password: pass --password-stdin or set RELEASEDESK_PASSWORD\n";
    return std::nullopt;
}
