#include "profile/listprofile.h"

#include <QUrl>

QString ListProfile::Paging::expand(
    const QString &pattern, int page, int offset, const QString &value)
{
    QString out = pattern;
    out.replace(QStringLiteral("{page}"), QString::number(page));
    out.replace(QStringLiteral("{offset}"), QString::number(offset));
    out.replace(QStringLiteral("{start}"), QString::number(offset + 1));
    out.replace(QStringLiteral("{value}"), value);
    out.replace(QStringLiteral("{cursor}"), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return out;
}
