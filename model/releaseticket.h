#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

// Where a ticket stands in ReleaseDesk's own flow (not the portal's status text).
enum class ReleaseState {
    Pending, // scraped, not yet approved
    Approved, // in an approved batch, waiting for its turn
    Queued, // its batch is running; waiting for a free slot
    Sending, // intent recorded, request on the wire
    Succeeded,
    Failed, // the portal answered and said no
    Unknown, // the request may have reached the portal but no answer came: never re-sent on its own
    Skipped, // held back (failed dependency, stop policy, cancel, excluded, not pending)
};

QString releaseStateName(ReleaseState state); // stable, untranslated: "pending", "unknown", ...
// The state as a word for a sentence in the person's language ("#1046 succeeded: …").
QString releaseStateWord(ReleaseState state);
// A ticket field's name for a sentence in the person's language ("application" → 应用); a
// field the profile adds (extra) is shown by its own name.
QString ticketFieldLabel(const QString &field);
ReleaseState releaseStateFromName(const QString &name, bool *ok = nullptr);
bool isFinalState(ReleaseState state); // Succeeded, Failed, Unknown, Skipped

// One release ticket (上线单) as scraped from a portal, plus what ReleaseDesk did with it.
struct ReleaseTicket
{
    // Fields a site profile maps from the portal's pages.
    QString id;
    QString application;
    QString version;
    QString environment;
    QString submitter;
    QStringList dependencies; // ids of tickets that must be released first
    // The small members sit in pairs so that no padding follows each one: 100,000 tickets live
    // in several lists at once (table, plan, planner), and 16 bytes each adds up.
    bool concurrent = true; // false: must go out with nothing else in flight
    bool pendingOnPortal = true; // the profile says portalStatus counts as pending
    // The profile says portalStatus means "failed, may be released again" (retryable_statuses):
    // never part of a first plan, offered by "retry failed".
    bool retryableOnPortal = false;
    QString portalStatus; // the portal's own status text, e.g. "待上线"
    QUrl releaseUrl; // absolute, resolved against the page it came from
    QUrl sourcePage; // the list page it was read from: a re-check reads only that page
    QMap<QString, QString> extra; // further columns the profile names

    // ReleaseDesk's state for this ticket.
    ReleaseState state = ReleaseState::Pending;
    int httpStatus = 0;
    QString message; // readable reason for the state (portal's answer, why skipped, ...)
    QDateTime startedAt;
    QDateTime finishedAt;

    // The value of a field by the name a profile or planning hint uses: "id", "application",
    // "version", "environment", "submitter", "dependencies" (joined by ","), "concurrent"
    // ("true"/"false"), "status", "releaseUrl", or any key of extra. Unknown names give "".
    QString field(const QString &name) const;

    static QStringList standardFieldNames();

    // Makes application, environment, submitter, portalStatus and the release link's path share
    // one buffer with every equal text shared before (QString's implicit sharing): a portal's
    // 100,000 tickets name a few hundred applications, a handful of environments, submitters,
    // statuses and release paths, and a parser gives each row its own copies. Call it where
    // tickets are made; thread-safe. The values do not change.
    void shareStrings();
    // text itself, or the pooled QString equal to it (pooled from now on if it is new). The
    // pool keeps a bounded number of distinct texts; past that, text comes back as it is.
    static QString sharedString(const QString &text);
};

// Every member is a relocatable Qt value type: lets QList grow by realloc instead of moving
// 100,000 tickets one by one.
Q_DECLARE_TYPEINFO(ReleaseTicket, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(ReleaseTicket)

// The one ticket order of ReleaseDesk (planner input, the plan's ticket list, the CLI's output),
// so the same portal data gives the same plan whatever order the pages arrived in. Ids are
// usually numbers: "999" comes before "1000"; numeric ids come first, in numeric order (equal
// numbers by text: "07" before "7"), then the others by text.
bool ticketIdLess(const QString &a, const QString &b);
// ticketIdLess, then one id twice by version.
bool ticketOrderLess(const ReleaseTicket &a, const ReleaseTicket &b);
