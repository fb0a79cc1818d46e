#pragma once

#include <QString>
#include <QStringList>

// What a site profile tells the planner about which tickets may go out together.
struct PlanningHints
{
    // Tickets with equal, non-empty values of this field never share a parallel batch.
    QString conflictKey = QStringLiteral("application");
    // Field listing the ids a ticket depends on (ReleaseTicket::dependencies by default).
    QString dependenciesField = QStringLiteral("dependencies");
    // Field that marks a ticket as non-concurrent; "concurrent" reads ReleaseTicket::concurrent,
    // any other name reads extra[name] and treats nonConcurrentValue there as non-concurrent.
    QString nonConcurrentField = QStringLiteral("concurrent");
    QString nonConcurrentValue = QStringLiteral("false");
    // Most requests in flight at once; a parallel batch is released this many at a time.
    int concurrencyLimit = 6;
    // Portal status texts that mean "already released": a dependency on a ticket that is not
    // pending and shows one of these is satisfied; any other non-pending status (failed,
    // releasing, ...) holds its dependants back. Compared case-insensitively, trimmed.
    QStringList releasedStatuses = { QStringLiteral("released"), QStringLiteral("已上线") };
    // Statuses containing one of these words mean the release failed on the portal; exact
    // statuses that mean it is still running. Both come from the profile's list section.
    QStringList failedStatuses;
    QStringList runningStatuses;
    // Environment names that mean production: batches touching one are marked and need a
    // second confirmation. Compared case-insensitively, trimmed.
    QStringList productionEnvironments
        = { QStringLiteral("production"), QStringLiteral("prod"), QStringLiteral("生产") };

    bool isProduction(const QString &environment) const
    {
        const QString name = environment.trimmed();
        for (const QString &production : productionEnvironments) {
            if (name.compare(production.trimmed(), Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
};
