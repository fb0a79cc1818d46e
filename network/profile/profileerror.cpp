#include "profile/profileerror.h"

QString ProfileError::text() const
{
    const QString body = problems.join(QLatin1Char('\n'));
    return source.isEmpty() ? body : source + QStringLiteral(":\n") + body;
}
