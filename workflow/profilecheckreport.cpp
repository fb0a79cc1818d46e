#include "profilecheckreport.h"

#include <QStringList>

void ProfileCheckReport::info(const QString &section, const QString &text)
{
    lines.append({ Kind::Info, section, text, {} });
}

void ProfileCheckReport::ok(const QString &section, const QString &text)
{
    lines.append({ Kind::Ok, section, text, {} });
}

void ProfileCheckReport::problem(const QString &section, const QString &text, const QString &fix)
{
    lines.append({ Kind::Problem, section, text, fix });
}

int ProfileCheckReport::problemCount() const
{
    return int(std::count_if(
        lines.cbegin(), lines.cend(), [](const Line &line) { return line.kind == Kind::Problem; }));
}

QList<ProfileCheckReport::Line> ProfileCheckReport::problems() const
{
    QList<Line> out;
    for (const Line &line : lines) {
        if (line.kind == Kind::Problem)
            out.append(line);
    }
    return out;
}

QString ProfileCheckReport::text() const
{
    QStringList out;
    QString section;
    for (const Line &line : lines) {
        if (line.section != section) {
            section = line.section;
            out << QString() << QStringLiteral("[%1]").arg(section);
        }
        const QString indented = QString(line.text).replace(u'\n', QStringLiteral("\n      "));
        switch (line.kind) {
        case Kind::Info:
            out << QStringLiteral("    ") + indented;
            break;
        case Kind::Ok:
            out << tr("  ✓ %1").arg(indented);
            break;
        case Kind::Problem:
            out << tr("  ✗ %1").arg(indented);
            if (!line.fix.isEmpty())
                out << tr("      fix: %1").arg(line.fix);
            break;
        }
    }
    out << QString();
    const int count = problemCount();
    out << (count == 0 ? tr("No problems found.") : tr("%n problem(s) found.", nullptr, count));
    return out.join(u'\n').trimmed() + u'\n';
}
