#include "release/releasepreparation.h"

#include "http/networkpool.h"
#include "http/charset.h"
#include "logging.h"
#include "scrape/pageread.h"
#include "session/portalsession.h"
#include "session/valuecapture.h"

namespace {

// What a step's target supplies when its spec leaves the URL, method or fields open.
RequestDefaults defaultsFor(const SiteProfile &profile, const ReleaseStepSpec &step,
    const ReleaseTicket &ticket, const QString &pageCharset)
{
    RequestDefaults defaults;
    defaults.charset
        = profile.requests.formCharset.isEmpty() ? pageCharset : profile.requests.formCharset;
    if (step.target == ReleaseStepSpec::Target::Url)
        return defaults;
    defaults.url = ticket.releaseUrl.isRelative() ? profile.baseUrl.resolved(ticket.releaseUrl)
                                                  : ticket.releaseUrl;
    if (step.target == ReleaseStepSpec::Target::RowForm) {
        // The row's form: its action is the release link (release_link with attribute
        // "action"), its inputs the list columns named "form.<input name>".
        defaults.method = QStringLiteral("POST");
        for (auto it = ticket.extra.cbegin(); it != ticket.extra.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("form.")))
                defaults.formFields.append({ it.key().mid(5), it.value() });
        }
    }
    return defaults;
}

} // namespace

ReleasePreparation::ReleasePreparation(
    PortalSession *session, const ReleaseTicket &ticket, int releaseTimeoutMs, QObject *parent)
    : PortalJob(parent)
    , m_session(session)
    , m_ticket(ticket)
    , m_timeoutMs(releaseTimeoutMs)
{
}

ReleasePreparation::~ReleasePreparation()
{
    if (m_read) {
        m_read->disconnect(this);
        m_read->cancel();
    }
}

void ReleasePreparation::begin()
{
    runStep();
}

void ReleasePreparation::abandon()
{
    if (m_read) {
        m_read->disconnect(this); // its own Cancelled result is not ours to judge
        m_read->cancel();
        m_read = nullptr;
    }
    fail(tr("cancelled while preparing the release"));
}

BuiltRequest ReleasePreparation::buildStep(const SiteProfile &profile,
    const ReleaseStepSpec &step, const ReleaseTicket &ticket, const TemplateValues &values,
    const QString &pageCharset)
{
    const RequestBuilder builder(profile.baseUrl, profile.requests.headers, values);
    return builder.build(RequestBuilder::Kind::Release, step.request,
        defaultsFor(profile, step, ticket, pageCharset));
}

PreparedRelease ReleasePreparation::buildActing(const SiteProfile &profile,
    const ReleaseTicket &ticket, const TemplateValues &values, int timeoutMs,
    const QString &pageCharset)
{
    if (!profile.requests.hasSteps())
        return ReleaseSender::prepareSingle(profile, ticket, values, timeoutMs);
    return ReleaseSender::fromBuilt(profile, ticket.id,
        buildStep(profile, profile.requests.releaseSteps.last(), ticket, values, pageCharset),
        values, timeoutMs);
}

TemplateValues ReleasePreparation::currentValues(
    const PortalSession *session, const ReleaseTicket &ticket, const TemplateValues &stepValues)
{
    TemplateValues values = session->pool()->capturedValues();
    values.merge(stepValues);
    values.setTicket(ticket);
    return values;
}

void ReleasePreparation::runStep()
{
    if (isFinished())
        return;
    if (!m_session) {
        fail(tr("the session was closed"));
        return;
    }
    const SiteProfile &profile = m_session->profile();
    // The values of the latest login (a re-login during the steps renews them), then what the
    // steps captured so far: read again before every step.
    const TemplateValues values = currentValues(m_session, m_ticket, m_stepValues);
    if (!profile.requests.hasSteps() || profile.requests.releaseSteps.at(m_step).acting) {
        PreparedRelease prepared
            = buildActing(profile, m_ticket, values, m_timeoutMs, m_pageCharset);
        prepared.steps = m_done + prepared.steps;
        prepared.sessionGeneration = m_session->generation();
        finish(prepared);
        return;
    }
    const ReleaseStepSpec &step = profile.requests.releaseSteps.at(m_step);
    const BuiltRequest built = buildStep(profile, step, m_ticket, values, m_pageCharset);
    if (!built.missing.isEmpty()) {
        fail(tr("step \"%1\": no value for {%2}")
                 .arg(step.name, built.missing.join(QStringLiteral("}, {"))));
        return;
    }
    if (!profile.isSameOrigin(built.url)) {
        fail(tr("step \"%1\" leaves the portal's origin (%2)")
                 .arg(step.name, built.url.adjusted(QUrl::RemoveQuery).toString()));
        return;
    }
    m_done.append(built.describe(values));
    qCInfo(lcRelease).noquote() << "release" << m_ticket.id << "step" << step.name
                                << values.redact(redactSecrets(built.url.toString()));
    // A read step is part of the release: it carries the release headers (and the step's own)
    // on top of what every page read carries, as the plan shows it.
    m_read = new PageRead(m_session, built.url, built.headers, m_session);
    m_read->setHeadersFor([session = m_session, step, ticket = m_ticket, stepValues = m_stepValues,
                              charset = m_pageCharset]() -> PageRead::Headers {
        if (!session)
            return {};
        const TemplateValues values = currentValues(session, ticket, stepValues);
        return buildStep(session->profile(), step, ticket, values, charset).headers;
    });
    connect(m_read, &PageRead::finished, this, &ReleasePreparation::onRead);
    m_read->start();
}

void ReleasePreparation::onRead(const PageResult &result)
{
    m_read = nullptr;
    if (isFinished())
        return;
    if (!m_session) {
        fail(tr("the session was closed"));
        return;
    }
    const ReleaseStepSpec &step = m_session->profile().requests.releaseSteps.at(m_step);
    if (result.error.isError()) {
        fail(tr("step \"%1\": %2").arg(step.name, result.error.text()));
        return;
    }
    m_pageCharset = Charset::decode(
        result.body, result.contentType, m_session->profile().encoding).charset;
    for (const CaptureSpec &capture : step.captures) {
        QString error;
        const std::optional<QString> value = ValueCapture::fromAnswer(capture, result.body,
            result.contentType, result.finalUrl, &error, m_session->profile().encoding);
        if (!value) {
            fail(tr("step \"%1\": %2").arg(step.name, error));
            return;
        }
        m_stepValues.set(capture.name, *value, capture.secret);
    }
    ++m_step;
    runStep();
}

void ReleasePreparation::fail(const QString &error)
{
    PreparedRelease failed;
    failed.ticketId = m_ticket.id;
    failed.error = tr("ticket %1: %2").arg(m_ticket.id, error);
    failed.steps = m_done;
    finish(failed);
}

void ReleasePreparation::finish(PreparedRelease prepared)
{
    if (prepared.steps.isEmpty())
        prepared.steps = m_done;
    finishWith([this, prepared] { emit finished(prepared); });
}

QStringList ReleasePreparation::describeSteps(
    const SiteProfile &profile, const ReleaseTicket &ticket, const TemplateValues &captured)
{
    TemplateValues values = captured;
    values.setTicket(ticket);
    if (!profile.requests.hasSteps()) {
        const PreparedRelease prepared = ReleaseSender::prepareSingle(
            profile, ticket, values, profile.politeness.releaseTimeoutMs);
        return prepared.isValid() ? prepared.steps
                                  : QStringList { tr("NOT SENDABLE: %1").arg(prepared.error) };
    }
    QStringList out;
    for (const ReleaseStepSpec &step : profile.requests.releaseSteps) {
        // A value a read step will capture is not known yet: it shows as its placeholder.
        for (const CaptureSpec &capture : step.captures)
            values.set(capture.name, QStringLiteral("{%1}").arg(capture.name));
        const BuiltRequest built = buildStep(profile, step, ticket, values);
        QString line = (step.acting ? tr("%1 (acting, sent once): %2") : tr("%1 (read): %2"))
                           .arg(step.name, built.describe(values));
        if (!step.captures.isEmpty()) {
            QStringList names;
            for (const CaptureSpec &capture : step.captures)
                names << QStringLiteral("{%1}").arg(capture.name);
            line += tr("\n    captures %1").arg(names.join(QStringLiteral(", ")));
        }
        out.append(line);
    }
    return out;
}
