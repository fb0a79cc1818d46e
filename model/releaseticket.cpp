#include "releaseticket.h"

#include <array>

namespace {
struct StateName
{
    ReleaseState state;
    const char *name;
};
constexpr std::array stateNames {
    StateName { ReleaseState::Pending, "pending" },     StateName { ReleaseState::Approved, "approved" },
    StateName { ReleaseState::Queued, "queued" },       StateName { ReleaseState::Sending, "sending" },
    StateName { ReleaseState::Succeeded, "succeeded" }, StateName { ReleaseState::Failed, "failed" },
    StateName { ReleaseState::Unknown, "unknown" },     StateName { ReleaseState::Skipped, "skipped" },
};
} // namespace

QString releaseStateName(ReleaseState state)
{
    for (const auto &entry : stateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

ReleaseState releaseStateFromName(const QString &name, bool *ok)
{
    for (const auto &entry : stateNames) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.state;
        }
    }
    if (ok)
        *ok = false;
    return ReleaseState::Pending;
}

bool isFinalState(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Succeeded:
    case ReleaseState::Failed:
    case ReleaseState::Unknown:
    case ReleaseState::Skipped:
        return true;
    default:
        return false;
    }
}

QString ReleaseTicket::field(const QString &name) const
{
    if (name == u"id")
        return id;
    if (name == u"application")
        return application;
    if (name == u"version")
        return version;
    if (name == u"environment")
        return environment;
    if (name == u"submitter")
        return submitter;
    if (name == u"dependencies")
        return dependencies.join(QLatin1Char(','));
    if (name == u"concurrent")
        return concurrent ? QStringLiteral("true") : QStringLiteral("false");
    if (name == u"status")
        return portalStatus;
    if (name == u"releaseUrl")
        return releaseUrl.toString();
    return extra.value(name);
}

QStringList ReleaseTicket::standardFieldNames()
{
    return { QStringLiteral("id"),          QStringLiteral("application"),
             QStringLiteral("version"),     QStringLiteral("environment"),
             QStringLiteral("submitter"),   QStringLiteral("dependencies"),
             QStringLiteral("concurrent"),  QStringLiteral("status"),
             QStringLiteral("releaseUrl") };
}
