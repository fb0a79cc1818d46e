#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// What `check-profile` (and the login dialog's "Check profile") found, in the order it walked
// the profile: login, captured values, list, pages, release steps. Secrets never appear.
struct ProfileCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCheckReport)
public:
    enum class Kind { Info, Ok, Problem };
    struct Line
    {
        Kind kind = Kind::Info;
        QString section; // "login", "captures", "list", "pages", "release", "profile"
        QString text;
        QString fix; // Problem: the likely fix
    };

    QList<Line> lines;

    void info(const QString &section, const QString &text);
    void ok(const QString &section, const QString &text);
    void problem(const QString &section, const QString &text, const QString &fix);

    int problemCount() const;
    QList<Line> problems() const;
    // Plain text, one section heading per section, problems marked and followed by their fix.
    QString text() const;
};

Q_DECLARE_METATYPE(ProfileCheckReport)
