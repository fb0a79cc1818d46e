#pragma once

#include "http/templatevalues.h"
#include "portaljob.h"
#include "release/releasesender.h"
#include "releaseticket.h"

#include <QObject>
#include <QPointer>

class PageRead;
class PortalSession;
struct PageResult;

// Prepares one ticket's release: walks the profile's release.steps up to the acting one and
// builds that. Steps before it are reads, sent through the session's page read (safe to repeat
// after an expired session); each may capture values ({confirmToken}) for the later steps. The
// acting request is only built, never sent here: the executor records it, then ReleaseSender
// sends it once. A profile without steps gives its single release request at once.
//
// A PortalJob: start() once, then exactly one finished() (never inside start()), also after
// cancel() (with an error) or when the session goes away.
class ReleasePreparation final : public PortalJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleasePreparation)
public:
    ReleasePreparation(PortalSession *session, const ReleaseTicket &ticket, int releaseTimeoutMs,
        QObject *parent = nullptr);
    ~ReleasePreparation() override;

    // Every step as it would go for this ticket, without sending anything (--plan-only, the
    // profile check). Values only a read would capture show as {name}.
    static QStringList describeSteps(
        const SiteProfile &profile, const ReleaseTicket &ticket, const TemplateValues &captured);
    // One step's request for a ticket, with the values known so far.
    // pageCharset: of the page the previous step read; a form goes in it, as a browser submits
    // the confirm page's form (form_charset in the profile wins).
    static BuiltRequest buildStep(const SiteProfile &profile, const ReleaseStepSpec &step,
        const ReleaseTicket &ticket, const TemplateValues &values, const QString &pageCharset = {});
    // The acting request (the single one of a profile without steps), ready for the sender.
    static PreparedRelease buildActing(const SiteProfile &profile, const ReleaseTicket &ticket,
        const TemplateValues &values, int timeoutMs, const QString &pageCharset = {});

    // The live session's captured values, then what steps captured, over the ticket's fields:
    // what a release's requests are filled from.
    static TemplateValues currentValues(const PortalSession *session, const ReleaseTicket &ticket,
        const TemplateValues &stepValues = {});

signals:
    void finished(const PreparedRelease &prepared);

protected:
    void begin() override;
    void abandon() override;

private:
    void runStep();
    void onRead(const PageResult &result);
    void finish(PreparedRelease prepared);
    void fail(const QString &error);

    QPointer<PortalSession> m_session;
    ReleaseTicket m_ticket;
    int m_timeoutMs;
    TemplateValues m_stepValues; // what the steps captured (the login's are the session's)
    QStringList m_done; // one line per read step sent
    QString m_pageCharset; // of the last page a step read
    int m_step = 0;
    QPointer<PageRead> m_read;
};
