#pragma once

#include "portalerror.h"
#include "releaseticket.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class PortalSession;
class TicketScraper;
struct PlanningHints;
struct ScrapeResult;

// The portal's current view of its tickets, read through the list pages: one request per page,
// never one per ticket (issue 7). Used before a batch starts (is every ticket still pending, at
// the approved version?) and to reconcile unknown outcomes.
struct PortalSnapshot
{
    QHash<QString, ReleaseTicket> tickets; // by id
    PortalError error; // set when the list could not be read completely
    QStringList pageErrors;

    bool isComplete() const { return !error.isError() && pageErrors.isEmpty(); }
};

// A job: start() reads every list page with the session's scraper, finished() comes once.
class ReleaseRecheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseRecheck)
public:
    explicit ReleaseRecheck(PortalSession *session, QObject *parent = nullptr);
    ~ReleaseRecheck() override;

    void start();
    void cancel(); // no finished()

    // Why an approved ticket must not go out now ("" when it may): gone from the list, no
    // longer pending, another version. Pure.
    static QString problem(const ReleaseTicket &approved, const ReleaseTicket *onPortal);

signals:
    void finished(const PortalSnapshot &snapshot);

private:
    void onFinished(const ScrapeResult &result);

    QPointer<PortalSession> m_session;
    TicketScraper *m_scraper = nullptr;
    PortalSnapshot m_snapshot;
};

Q_DECLARE_METATYPE(PortalSnapshot)
