#include "releaseticket.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>

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
// Texts repeated across tickets, each held once. Bounded: a portal that puts a unique text in a
// shared column must not make the pool grow with every ticket.
constexpr qsizetype maxPooledStrings = 4096;

struct StringPool
{
    QMutex mutex;
    QSet<QString> texts;
};

StringPool &stringPool()
{
    static StringPool pool;
    return pool;
}
} // namespace

QString releaseStateName(ReleaseState state)
{
    for (const auto &entry : stateNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QString releaseStateWord(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Pending:
        return QCoreApplication::translate("ReleaseState", "pending");
    case ReleaseState::Approved:
        return QCoreApplication::translate("ReleaseState", "approved");
    case ReleaseState::Queued:
        return QCoreApplication::translate("ReleaseState", "queued");
    case ReleaseState::Sending:
        return QCoreApplication::translate("ReleaseState", "sending");
    case ReleaseState::Succeeded:
        return QCoreApplication::translate("ReleaseState", "succeeded");
    case ReleaseState::Failed:
        return QCoreApplication::translate("ReleaseState", "failed");
    case ReleaseState::Unknown:
        return QCoreApplication::translate("ReleaseState", "unknown");
    case ReleaseState::Skipped:
        return QCoreApplication::translate("ReleaseState", "skipped");
    }
    return releaseStateName(state);
}

QString ticketFieldLabel(const QString &field)
{
    if (field == u"id")
        return QCoreApplication::translate("TicketField", "ticket id");
    if (field == u"application")
        return QCoreApplication::translate("TicketField", "application");
    if (field == u"version")
        return QCoreApplication::translate("TicketField", "version");
    if (field == u"environment")
        return QCoreApplication::translate("TicketField", "environment");
    if (field == u"submitter")
        return QCoreApplication::translate("TicketField", "submitter");
    if (field == u"dependencies")
        return QCoreApplication::translate("TicketField", "dependencies");
    if (field == u"concurrent")
        return QCoreApplication::translate("TicketField", "concurrent");
    if (field == u"status")
        return QCoreApplication::translate("TicketField", "portal status");
    return field;
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

bool ticketIdLess(const QString &a, const QString &b)
{
    bool aNumber = false;
    bool bNumber = false;
    const qlonglong x = a.toLongLong(&aNumber);
    const qlonglong y = b.toLongLong(&bNumber);
    if (aNumber != bNumber)
        return aNumber;
    if (aNumber && x != y)
        return x < y;
    return a < b;
}

bool ticketOrderLess(const ReleaseTicket &a, const ReleaseTicket &b)
{
    if (a.id != b.id)
        return ticketIdLess(a.id, b.id);
    return a.version < b.version;
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

QString ReleaseTicket::sharedString(const QString &text)
{
    if (text.isEmpty())
        return text;
    StringPool &pool = stringPool();
    const QMutexLocker lock(&pool.mutex);
    const auto found = pool.texts.constFind(text);
    if (found != pool.texts.cend())
        return *found;
    if (pool.texts.size() < maxPooledStrings)
        pool.texts.insert(text);
    return text;
}

void ReleaseTicket::shareStrings()
{
    application = sharedString(application);
    environment = sharedString(environment);
    submitter = sharedString(submitter);
    portalStatus = sharedString(portalStatus);
    // Every release link of a portal has the same path ("/release", "/deploys/execute"): QUrl
    // keeps the text it is given when nothing needs re-encoding, so the pooled one is shared.
    // Only for paths whose encoded and decoded forms agree, so the URL cannot change.
    if (releaseUrl.isValid()) {
        const QString path = releaseUrl.path(QUrl::FullyEncoded);
        if (!path.isEmpty() && path == releaseUrl.path(QUrl::FullyDecoded))
            releaseUrl.setPath(sharedString(path));
    }
}
