#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

enum class PortalLanguage { Chinese, English };

// Which kind of portal is served: the same tickets behind three wire protocols
// (docs/demo-portal.md, "Flavours").
enum class PortalFlavor { Classic, Spa, Legacy };

// Every setting of the demo portal: the command line, POST /_config and the C++ API all land
// here, so the three cannot drift apart. Zero means "off" / "unlimited" where a limit is meant.
struct PortalConfig
{
    int tickets = 500;
    quint32 seed = 1;
    int pageSize = 50;
    int latencyMs = 0; // every page answer waits this long (scrape benchmarks set L here)
    int releaseLatencyMs = -1; // -1: same as latencyMs
    double jitter = 0.0; // release latency varies uniformly by ±jitter × latency
    double failRate = 0.0; // fraction of release calls that fail (deterministic from the seed)
    int maxInFlight = 0; // per client address; 0 = unlimited
    int retryAfterS = 1;
    int banS = 0; // > 0: going over maxInFlight bans the client for this long instead
    int sessionMaxRequests = 0; // 0 = never expires by count
    int sessionTtlS = 0; // 0 = never expires by time
    QString user = QStringLiteral("demo");
    QString password = QStringLiteral("demo");
    PortalLanguage language = PortalLanguage::Chinese;
    QStringList faults; // fault specs, grammar in docs/demo-portal.md
    PortalFlavor flavor = PortalFlavor::Classic;
    bool releaseLinkPendingOnly = false; // rows that are not pending carry no release link
    int maxReleaseInFlight = 0; // release calls open at once before 503; 0 = unlimited

    int effectiveReleaseLatencyMs() const
    {
        return releaseLatencyMs < 0 ? latencyMs : releaseLatencyMs;
    }

    // JSON keys are snake_case versions of the fields ("page_size", "release_latency_ms", ...);
    // "lang" is "zh" or "en", "flavor" "classic", "spa" or "legacy", "release_link" "all" or
    // "pending-only". The password is not echoed.
    QJsonObject toJson() const;
    // Applies the keys present in object; an unknown key or a bad value leaves this unchanged
    // and returns a readable error.
    QString applyJson(const QJsonObject &object);
    // The same checks as applyJson, for values set from C++ or the command line.
    QString validate() const;

    static QString flavorName(PortalFlavor flavor);
    // False for an unknown name.
    static bool parseFlavor(const QString &name, PortalFlavor *flavor);
};
