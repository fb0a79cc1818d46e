#include "sampletickets.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

QList<ReleaseTicket> generateTickets(const TicketGeneratorOptions &options)
{
    QRandomGenerator random(options.seed);
    const int count = std::max(0, options.count);
    const int applications
        = options.applications > 0 ? options.applications : std::max(4, count / 40);
    auto chance = [&](double rate) { return rate > 0 && random.generateDouble() < rate; };
    // Squaring a uniform number skews towards the first applications, like real portals where
    // a few services change every day.
    auto pickApplication = [&] {
        const double u = random.generateDouble();
        return int(u * u * applications);
    };
    static const QStringList environments
        = { QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("gray") };
    static const QStringList submitters = { QStringLiteral("zhang.wei"), QStringLiteral("li.na"),
        QStringLiteral("wang.fang"), QStringLiteral("chen.jie"), QStringLiteral("liu.yang") };

    const QUrl listPage(QStringLiteral("http://127.0.0.1/tickets?page=1"));

    QList<ReleaseTicket> tickets;
    tickets.reserve(count);
    for (int n = 0; n < count; ++n) {
        ReleaseTicket ticket;
        if (n > 0 && chance(options.duplicateRate))
            ticket.id = tickets.at(int(random.bounded(n))).id;
        else
            ticket.id = QString::number(options.firstId + n);
        const int app = pickApplication();
        ticket.application = QStringLiteral("app-%1").arg(app, 3, 10, QLatin1Char('0'));
        ticket.version = QStringLiteral("%1.%2.%3")
                             .arg(random.bounded(1, 5))
                             .arg(random.bounded(0, 30))
                             .arg(random.bounded(0, 200));
        ticket.environment = environments.at(int(random.bounded(int(environments.size()))));
        ticket.submitter = submitters.at(int(random.bounded(int(submitters.size()))));
        if (n > 0 && chance(options.dependencyRate)) {
            const int deps = random.bounded(1, 3);
            for (int d = 0; d < deps; ++d) {
                const int back = 1 + int(random.bounded(std::min(n, options.dependencyWindow)));
                ticket.dependencies.append(QString::number(options.firstId + n - back));
            }
        }
        if (chance(options.missingDependencyRate))
            ticket.dependencies.append(QString::number(options.firstId + count + n + 1000000));
        if (n + 1 < count && chance(options.forwardDependencyRate)) {
            const int ahead = 1 + int(random.bounded(std::min(count - n - 1, 20)));
            ticket.dependencies.append(QString::number(options.firstId + n + ahead));
        }
        ticket.dependencies.removeDuplicates();
        ticket.concurrent = !chance(options.nonConcurrentRate);
        ticket.portalStatus = QStringLiteral("待上线");
        const double roll = random.generateDouble();
        if (roll < options.releasedRate) {
            ticket.pendingOnPortal = false;
            ticket.portalStatus = QStringLiteral("已上线");
        } else if (roll < options.releasedRate + options.failedRate) {
            ticket.pendingOnPortal = false;
            ticket.portalStatus = QStringLiteral("上线失败");
        }
        // Resolved against the list page, as the extractor makes it: the result shares the
        // page's scheme and host, so a generated ticket weighs what a scraped one does.
        ticket.releaseUrl = listPage.resolved(
            QUrl(QStringLiteral("/release?id=%1&app=%2&token=t%3")
                     .arg(ticket.id, ticket.application)
                     .arg(n)));
        ticket.shareStrings();
        tickets.append(ticket);
    }
    return tickets;
}
