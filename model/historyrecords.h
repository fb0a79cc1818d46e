#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Rows of the release history, as plain values so the UI and the CLI can show them
// without touching SQL.

struct HistoryRun
{
    qint64 id = -1;
    QString profile;
    QString baseUrl;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while the run is going (or was interrupted)
    QString user;
    QString failurePolicy;
    QString state; // "running", "finished", "cancelled", "stopped", "interrupted"
};

struct HistoryApproval
{
    qint64 run = -1;
    int batch = 0;
    QString approvedBy;
    QDateTime approvedAt;
    QStringList ticketIds;
};

// Outcomes as stored: "intent" and "sent" mean no answer was recorded (yet); after a crash those
// rows are unknown. The final ones: succeeded, failed, unknown, not_sent, skipped.
struct HistoryRequest
{
    qint64 id = -1;
    qint64 run = -1;
    QString ticket;
    QString application;
    QString version;
    QString url; // tokens redacted
    QString method;
    QDateTime intentAt;
    QDateTime sentAt;
    QDateTime finishedAt;
    int httpStatus = 0;
    QString outcome;
    QString message;

    bool interrupted() const { return outcome == u"intent" || outcome == u"sent"; }
};
