#pragma once

#include "releaseticket.h"
#include "runcounts.h"

#include <QDateTime>
#include <QList>
#include <QString>

struct HistoryApproval;
struct HistoryRequest;

// A run as a picture: each ticket's release a bar on a time axis, grouped by batch, packed into
// as few lanes as overlap needs. Built from the live tickets (the window) or from the history
// (the HTML report), drawn by the timeline view and as SVG; both read the same values.
struct TimelineBar
{
    QString ticketId;
    QString application;
    qint64 startMs = 0; // since RunTimeline::origin
    qint64 endMs = 0;
    bool open = false; // still sending: ends "now"
    ReleaseState state = ReleaseState::Sending;
    int lane = 0;
};

struct TimelineGroup
{
    QString title; // "Batch 3"
    qint64 startMs = 0;
    qint64 endMs = 0;
    int lanes = 0;
    RunCounts counts; // every ticket of the group, drawn or not (skipped ones never started)
    QList<TimelineBar> bars;

    qint64 durationMs() const { return endMs - startMs; }
    bool isActive() const; // a bar is still open
};

struct RunTimeline
{
    struct Entry
    {
        QString group; // batch title; groups keep the order of their first entry
        QString ticketId;
        QString application;
        QDateTime start; // invalid: never sent (counted, not drawn)
        QDateTime end; // invalid while sending
        ReleaseState state = ReleaseState::Pending;
    };

    QDateTime origin;
    qint64 spanMs = 0; // origin to the last end (or now)
    QList<TimelineGroup> groups;

    bool isEmpty() const { return groups.isEmpty(); }
    int activeGroup() const; // the last group with an open bar, else the last started, else -1
    int drawnGroupCount() const; // groups with at least one bar

    static RunTimeline build(const QList<Entry> &entries, const QDateTime &now);
    // A finished run from the history: groups by the approved batch that held each ticket.
    static RunTimeline fromHistory(
        const QList<HistoryApproval> &approvals, const QList<HistoryRequest> &requests);
    // "1:05", "12.3 s": a duration as a person reads it on an axis or a batch header.
    static QString durationText(qint64 ms);
};
