#include "webhookevent.h"

QString WebhookEvent::title() const
{
    switch (kind) {
    case Kind::Failure:
        return tr("ReleaseDesk: a release failed");
    case Kind::Unknown:
        return tr("ReleaseDesk: a release outcome is unknown");
    case Kind::Finished:
        return tr("ReleaseDesk: release finished");
    case Kind::Stopped:
        return tr("ReleaseDesk: release stopped");
    case Kind::Cancelled:
        return tr("ReleaseDesk: release cancelled");
    case Kind::Test:
        return tr("ReleaseDesk: test message");
    }
    return {};
}

QString WebhookEvent::text() const
{
    QStringList lines { title() };
    if (!profileName.isEmpty())
        lines << (runId >= 0 ? tr("%1, run %2").arg(profileName).arg(runId) : profileName);
    if (!counts.isEmpty())
        lines << counts.text();
    if (!detail.isEmpty())
        lines << detail;
    return lines.join(QLatin1Char('\n'));
}

QString WebhookEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Failure:
        return QStringLiteral("failure");
    case Kind::Unknown:
        return QStringLiteral("unknown");
    case Kind::Finished:
        return QStringLiteral("finished");
    case Kind::Stopped:
        return QStringLiteral("stopped");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::Test:
        return QStringLiteral("test");
    }
    return {};
}
