#pragma once

#include "release/releaseresult.h"
#include "releaseticket.h"
#include "ticketupdate.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>

class HistoryStore;
class PortalSession;
class ReleaseRecheck;
class ReleaseSender;
struct PreparedRelease;
struct PlanningHints;
struct PortalSnapshot;

// What the portal says about a ticket whose release outcome was unknown.
struct ReconcileVerdict
{
    enum class Kind {
        Released, // the portal shows it released: our request did go through
        StillPending, // not released: may be re-sent, but only when a person asks
        FailedOnPortal, // the portal shows it failed
        InProgress, // another status (e.g. releasing): look again later
        NotFound, // not on the list any more
        Unreadable, // the list could not be read: nothing is known
    };
    QString ticketId;
    Kind kind = Kind::Unreadable;
    QString portalStatus;
    QString message; // readable
    qint64 requestId = -1; // the history row it concerns, when reconciling the history

    // Released → Succeeded, FailedOnPortal → Failed, anything else stays Unknown.
    ReleaseState state() const;
    QString outcomeName() const; // for the history: succeeded / failed / unknown
    static ReconcileVerdict judge(
        const QString &ticketId, const ReleaseTicket *onPortal, const PlanningHints &hints);
};

// Settles unknown outcomes by reading the ticket's status on the portal's list pages (one
// request per page), never by sending anything. resend() is the only way a release
// goes out again: a person asked, the list was read again, and it shows the ticket pending.
// Lives on the session's thread.
class Reconciler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reconciler)
public:
    // history may be null (then nothing is recorded and reconcileInterrupted() has nothing).
    Reconciler(PortalSession *session, HistoryStore *history, QObject *parent = nullptr);
    ~Reconciler() override;

    bool isBusy() const { return m_recheck != nullptr || m_sending; }

    // Reads the list once and judges each ticket; finished() once.
    bool reconcile(const QStringList &ticketIds);
    // After a crash or kill: the history's requests without outcome are marked unknown,
    // their runs "interrupted", and each is judged on the portal; the verdicts are recorded.
    // Returns false (and emits nothing) when there is nothing to reconcile.
    bool reconcileInterrupted();
    // A person asked to send this ticket again. Re-reads the list; sends once (intent first,
    // in a run of its own) only if the portal shows it pending at the same version.
    bool resend(const ReleaseTicket &ticket, const QString &user);

signals:
    void ticketUpdated(const TicketUpdate &update);
    void finished(const QList<ReconcileVerdict> &verdicts);
    void resendFinished(const ReleaseResult &result);
    void logMessage(const QString &message);

private:
    void readPortal();
    void onSnapshot(const PortalSnapshot &snapshot);
    void sendAgain(const ReleaseTicket &onPortal);
    void sendPrepared(const ReleaseTicket &ticket, const PreparedRelease &prepared);

    QPointer<PortalSession> m_session;
    HistoryStore *m_history;
    ReleaseRecheck *m_recheck = nullptr;
    ReleaseSender *m_sender = nullptr;
    QList<ReconcileVerdict> m_pending; // tickets being judged (requestId set for history rows)
    bool m_resend = false;
    bool m_sending = false;
    ReleaseTicket m_resendTicket;
    QString m_resendUser;
};

Q_DECLARE_METATYPE(ReconcileVerdict)
