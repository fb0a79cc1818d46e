#pragma once

#include "runcounts.h"

#include <QCoreApplication>
#include <QString>

// One thing worth telling the team: the first failure or unknown outcome of a run, its end, or a
// test from the settings dialog. Carries the run's counts at that moment.
struct WebhookEvent
{
    Q_DECLARE_TR_FUNCTIONS(WebhookEvent)
public:
    enum class Kind { Failure, Unknown, Finished, Stopped, Cancelled, Test };

    Kind kind = Kind::Finished;
    QString profileName; // which portal
    qint64 runId = -1;
    QString detail; // e.g. "#1042 failed: 部署失败：健康检查超时"
    RunCounts counts;

    QString title() const; // "ReleaseDesk: release finished"
    QString text() const; // title, portal and run, counts, detail: the message body
    static QString kindName(Kind kind); // "failure", "unknown", ... (stable)
};
