#pragma once

#include "profile/siteprofile.h"

#include <QCommandLineOption>
#include <QFile>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

// One reader of standard input for the password line and the answers that follow it (approval
// prompts), so a buffered read of one never swallows the other.
class StdinReader final
{
public:
    StdinReader();
    std::optional<QString> readLine(); // nullopt at end of input

private:
    QFile m_in;
};

// What every command that talks to a portal shares: which portal (--profile, --base-url), how
// hard to use it (--limit), who (--user, --password-stdin or RELEASEDESK_PASSWORD, never the
// command line, where everybody on the machine could read it), and how much to log (quiet by
// default: only the command's own lines; -v info, -vv wire traces).
class CliConnection final
{
public:
    explicit CliConnection(const QString &command);

    void addOptions(QCommandLineParser &parser) const;
    // After parsing: the profile loaded and adjusted, the user known, logging set. False (and
    // the reason on err, prefixed with the command) on a usage or profile problem.
    bool configure(const QCommandLineParser &parser, QTextStream &err);
    // The password from stdin's first line (--password-stdin) or RELEASEDESK_PASSWORD.
    std::optional<QString> password(StdinReader &in, QTextStream &err) const;

    const SiteProfile &profile() const { return m_profile; }
    const QString &user() const { return m_user; }
    int verbosity() const { return m_verbosity; }

    // Quiet (0): warnings of our categories off too, the command prints its own lines.
    static void setVerbosity(int level);
    // The exit codes every command shares, for --help.
    static QString exitCodeHelp(const QStringList &extraLines);

private:
    QString m_command;
    QCommandLineOption m_profileOption;
    QCommandLineOption m_baseOption;
    QCommandLineOption m_limitOption;
    QCommandLineOption m_userOption;
    QCommandLineOption m_stdinOption;
    QCommandLineOption m_verboseOption;
    SiteProfile m_profile;
    QString m_profileSource;
    QString m_user;
    bool m_passwordFromStdin = false;
    int m_verbosity = 0;
};
