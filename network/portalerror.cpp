#include "portalerror.h"

QString PortalError::categoryText(Category category)
{
    switch (category) {
    case None:
        return QStringLiteral("no error");
    case Network:
        return QStringLiteral("network error");
    case Timeout:
        return QStringLiteral("no answer in time");
    case Tls:
        return QStringLiteral("TLS error");
    case TooLarge:
        return QStringLiteral("answer too large");
    case OffOrigin:
        return QStringLiteral("refused to leave the portal's site");
    case HttpStatus:
        return QStringLiteral("HTTP error");
    case RateLimited:
        return QStringLiteral("the portal keeps asking to slow down");
    case LoginFormMissing:
        return QStringLiteral("login form not found");
    case LoginFailed:
        return QStringLiteral("login failed");
    case SessionExpired:
        return QStringLiteral("session expired");
    case Malformed:
        return QStringLiteral("page not understood");
    case Profile:
        return QStringLiteral("site profile error");
    case Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("error");
}

QString PortalError::text() const
{
    if (message.isEmpty())
        return categoryText(category);
    return categoryText(category) + QStringLiteral(": ") + message;
}

PortalError PortalError::make(
    Category category, const QString &message, const QUrl &url, int httpStatus)
{
    PortalError error;
    error.category = category;
    error.message = message;
    error.url = url;
    error.httpStatus = httpStatus;
    return error;
}
