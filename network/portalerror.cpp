#include "portalerror.h"

#include <QCoreApplication>

QString PortalError::categoryText(Category category)
{
    switch (category) {
    case None:
        return QCoreApplication::translate("PortalError", "no error");
    case Network:
        return QCoreApplication::translate("PortalError", "network error");
    case Timeout:
        return QCoreApplication::translate("PortalError", "no answer in time");
    case Tls:
        return QCoreApplication::translate("PortalError", "TLS error");
    case TooLarge:
        return QCoreApplication::translate("PortalError", "answer too large");
    case OffOrigin:
        return QCoreApplication::translate("PortalError", "refused to leave the portal's site");
    case HttpStatus:
        return QCoreApplication::translate("PortalError", "HTTP error");
    case RateLimited:
        return QCoreApplication::translate("PortalError", "the portal keeps asking to slow down");
    case LoginFormMissing:
        return QCoreApplication::translate("PortalError", "login form not found");
    case LoginFailed:
        return QCoreApplication::translate("PortalError", "login failed");
    case SessionExpired:
        return QCoreApplication::translate("PortalError", "session expired");
    case Malformed:
        return QCoreApplication::translate("PortalError", "page not understood");
    case Profile:
        return QCoreApplication::translate("PortalError", "site profile error");
    case Cancelled:
        return QCoreApplication::translate("PortalError", "cancelled");
    }
    return QCoreApplication::translate("PortalError", "error");
}

QString PortalError::text() const
{
    if (message.isEmpty())
        return categoryText(category);
    //: Error category, then the specific message.
    return QCoreApplication::translate("PortalError", "%1: %2")
        .arg(categoryText(category), message);
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
