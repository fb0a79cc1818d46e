#pragma once

#include "portalerror.h"
#include "portaljob.h"
#include "releaseticket.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class PortalSession;
class TicketScraper;
struct PlanningHints;
struct ScrapeResult;

// The portal's current view of its tickets, read through the list pages: one request per page,
// never one per ticket. Used before a batch starts (is every ticket still pending, at
// the approved version?) and to reconcile unknown outcomes.
struct PortalSnapshot
{
    QHash<QString, ReleaseTicket> tickets; // by id
    PortalError error; // set when a page could not be read: the snapshot is partial
    // Row problems on pages that were read (a pending row without its link, ...): the rows
    // concerned are missing from tickets, the rest of the page is sound.
    QStringList rowProblems;
    int pagesRead = 0;

    bool isComplete() const { return !error.isError(); }
};

// A job (PortalJob): start() reads the list pages with the session's scraper, one finished().
// By default every page; setPages() narrows it to the pages that hold the tickets in question.
class ReleaseRecheck final : public PortalJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseRecheck)
public:
    explicit ReleaseRecheck(PortalSession *session, QObject *parent = nullptr);
    ~ReleaseRecheck() override;

    void setPages(const QList<QUrl> &pages) { m_pages = pages; }
    // The distinct list pages these tickets were read from; empty when one of them has none
    // (then only a full read can find it).
    static QList<QUrl> pagesOf(const QList<ReleaseTicket> &tickets);

    // Why an approved ticket must not go out now ("" when it may): gone from the list, no
    // longer pending, another version. Pure.
    static QString problem(const ReleaseTicket &approved, const ReleaseTicket *onPortal);

signals:
    void finished(const PortalSnapshot &snapshot);

protected:
    void begin() override;
    void abandon() override;

private:
    void onFinished(const ScrapeResult &result);

    QPointer<PortalSession> m_session;
    QPointer<TicketScraper> m_scraper;
    QList<QUrl> m_pages;
    PortalSnapshot m_snapshot;
};

Q_DECLARE_METATYPE(PortalSnapshot)
