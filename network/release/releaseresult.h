#pragma once

#include "http/curltransfer.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What one release request came to. The four outcomes are the at-most-once table of
// docs/at-most-once.md: only Succeeded and Failed are answers; Unknown means "the portal may
// have acted" and is never re-sent on its own; NotSent means nothing left this machine.
enum class ReleaseOutcome {
    Succeeded, // the portal answered and said yes
    Failed, // the portal answered and said no (or refused before acting)
    Unknown, // no usable answer after the request was (maybe) written
    NotSent, // refused locally or could not connect: nothing was written, safe
};

struct ReleaseResult
{
    QString ticketId;
    ReleaseOutcome outcome = ReleaseOutcome::Unknown;
    QString message; // readable: the portal's message or what went wrong
    int httpStatus = 0;
    QDateTime startedAt;
    QDateTime sentAt; // invalid when nothing was written
    QDateTime finishedAt;
    qint64 elapsedMs = 0;
    CurlResult::Error transportError = CurlResult::Error::None;
    // The portal answered "your session is gone" (login redirect, expired status or page): the
    // outcome stays Unknown, and the executor logs in again before the next release.
    bool sessionExpired = false;

    // "succeeded", "failed", "unknown", "not_sent": the history's outcome words.
    static QString outcomeName(ReleaseOutcome outcome);
};

Q_DECLARE_METATYPE(ReleaseResult)
