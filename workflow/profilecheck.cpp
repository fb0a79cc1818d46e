#include "profilecheck.h"

#include "http/networkpool.h"
#include "http/charset.h"
#include "profile/requestspecreader.h"
#include "release/releasepreparation.h"
#include "http/htmldocument.h"
#include "scrape/ticketextractor.h"
#include "session/loginjob.h"
#include "session/valuecapture.h"

namespace {

const QString sectionProfile = QStringLiteral("profile");
const QString sectionLogin = QStringLiteral("login");
const QString sectionCaptures = QStringLiteral("captures");
const QString sectionList = QStringLiteral("list");
const QString sectionPages = QStringLiteral("pages");
const QString sectionRelease = QStringLiteral("release");

// Optimal string alignment distance: a swapped pair of letters ({csfr}) counts as one edit.
int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

QString closest(const QString &name, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3; // further than two edits is another name, not a typo
    for (const QString &candidate : candidates) {
        const int d = editDistance(name, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}

QString ticketLine(const ReleaseTicket &t)
{
    return ProfileCheck::tr("#%1  %2 %3  %4  status \"%5\" (%6)  depends on: %7  %8")
        .arg(t.id, t.application, t.version, t.environment, t.portalStatus,
            t.pendingOnPortal ? ProfileCheck::tr("pending") : ProfileCheck::tr("not pending"),
            t.dependencies.isEmpty() ? ProfileCheck::tr("nothing")
                                     : t.dependencies.join(QStringLiteral(", ")),
            t.concurrent ? ProfileCheck::tr("may run alongside others")
                         : ProfileCheck::tr("runs alone"));
}

} // namespace

ProfileCheck::ProfileCheck(
    const SiteProfile &profile, const QString &user, const QString &password, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_user(user)
    , m_password(password)
    , m_pool(new NetworkPool(profile, this))
{
}

ProfileCheck::~ProfileCheck()
{
    if (m_pending)
        m_pool->cancel(m_pending);
}

void ProfileCheck::checkProfile(const SiteProfile &profile, ProfileCheckReport *report)
{
    report->info(sectionProfile,
        tr("%1 (format %2) on %3").arg(profile.name).arg(profile.format).arg(profile.baseUrl.toString()));
    report->info(sectionProfile,
        tr("at most %n request(s) in flight, %1 ms apart at least", nullptr,
            profile.politeness.concurrency)
            .arg(profile.politeness.minIntervalMs));
    QStringList known { QStringLiteral("user"), QStringLiteral("password") };
    known += profile.list.columns.keys();
    known += ReleaseTicket::standardFieldNames();
    for (const CaptureSpec &capture : profile.requests.captures)
        known << capture.name;
    for (const ReleaseStepSpec &step : profile.requests.releaseSteps) {
        for (const CaptureSpec &capture : step.captures)
            known << capture.name;
    }
    const QStringList unknown
        = RequestSpecReader::unknownPlaceholders(profile.requests, profile.list.columns.keys());
    for (const QString &name : unknown) {
        const QString guess = closest(name, known);
        report->problem(sectionProfile,
            tr("{%1} is used in a request, but no capture, credential or list column gives it")
                .arg(name),
            guess.isEmpty() ? tr("add a capture or a list column named %1").arg(name)
                            : tr("did you mean {%1}?").arg(guess));
    }
}

void ProfileCheck::start()
{
    if (m_started)
        return;
    m_started = true;
    checkProfile(m_profile, &m_report);
    m_login = new LoginJob(m_profile, m_pool, m_user, m_password, this);
    connect(m_login, &LoginJob::finished, this, &ProfileCheck::onLogin);
    m_login->start(); // a PortalJob: its result comes from the event loop, so ours does too
}

void ProfileCheck::cancel()
{
    if (m_finished || !m_started)
        return;
    if (m_login)
        m_login->cancel();
    if (m_pending)
        m_pool->cancel(m_pending);
    m_pending = 0;
    m_report.info(sectionProfile, tr("cancelled"));
    QMetaObject::invokeMethod(this, &ProfileCheck::finish, Qt::QueuedConnection);
}

void ProfileCheck::get(const QUrl &url, void (ProfileCheck::*handler)(const NetResponse &),
    const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    NetRequest request;
    request.url = url;
    request.headers = headers;
    m_pending = m_pool->send(request, this, [this, handler](const NetResponse &response) {
        m_pending = 0;
        if (!m_finished)
            (this->*handler)(response);
    });
}

void ProfileCheck::onLogin(const LoginResult &result)
{
    if (m_finished)
        return;
    const LoginReport &login = result.report;
    if (!login.form.isEmpty())
        m_report.info(sectionLogin, tr("form chosen: %1").arg(login.form));
    if (!login.fields.isEmpty())
        m_report.info(sectionLogin, tr("fields sent: %1").arg(login.fields.join(QStringLiteral(", "))));
    if (!login.charset.isEmpty())
        m_report.info(sectionLogin, tr("credentials encoded in %1 (%2)")
                                        .arg(login.charset, login.charsetSource));
    if (!login.request.isEmpty())
        m_report.info(sectionLogin, tr("request: %1").arg(login.request));
    if (!result.error.isError()) {
        m_report.ok(sectionLogin, tr("logged in as %1: %2").arg(m_user, login.successRule));
        if (!login.answerCharset.isEmpty())
            m_report.info(sectionLogin, tr("answer decoded as %1").arg(login.answerCharset));
        for (const QString &line : login.captured)
            m_report.ok(sectionCaptures, line);
        m_values = result.captured;
        readFirstPage();
        return;
    }
    const PortalError &error = result.error;
    QString fix;
    const bool nonAscii = std::any_of(
        m_password.cbegin(), m_password.cend(), [](QChar c) { return c.unicode() > 127; });
    switch (error.category) {
    case PortalError::LoginFormMissing:
        fix = tr("set login.form_xpath, or login.form_fields to input names of the login form "
                 "(user field \"%1\", password field \"%2\")")
                  .arg(m_profile.login.userField, m_profile.login.passwordField);
        break;
    case PortalError::Profile:
        fix = tr("open the page after logging in and check the capture's xpath and attribute, "
                 "json_path or cookie name");
        m_report.problem(sectionCaptures, error.message, fix);
        finish();
        return;
    case PortalError::LoginFailed:
        if (m_profile.requests.login.kind == LoginRequestSpec::Kind::Api)
            fix = tr("check the user and password, login.request.success (status_codes, "
                     "json_path) and the body's field names");
        else if (!login.pageCharset.isEmpty() && !login.charset.isEmpty()
            && login.charset.compare(login.pageCharset, Qt::CaseInsensitive) != 0)
            fix = tr("the form posts %1: the page declares charset=%1; remove form_charset (or "
                     "set it to %1)")
                      .arg(login.pageCharset);
        else if (nonAscii && Charset::isUtf8(login.charset))
            fix = tr("the password has non-ASCII characters and was sent as UTF-8; if the portal "
                     "decodes forms in another charset (GBK), set form_charset");
        else
            fix = tr("check the user and password, then login.success (%1)")
                      .arg(error.message.section(u'(', 1).chopped(error.message.endsWith(u')') ? 1 : 0));
        break;
    case PortalError::HttpStatus:
        fix = error.httpStatus == 415
            ? tr("the portal wants another content type: give login.request a {\"json\": …} body")
            : error.httpStatus == 404 ? tr("check login.page and login.request.url")
                                      : tr("check login.page, login.request and the portal");
        break;
    default:
        fix = tr("check base_url and that the portal is reachable (tls.ca_file for an internal CA)");
        break;
    }
    m_report.problem(sectionLogin, error.text(), fix);
    finish();
}

void ProfileCheck::readFirstPage()
{
    get(m_profile.firstPageUrl(), &ProfileCheck::onFirstPage);
}

void ProfileCheck::onFirstPage(const NetResponse &response)
{
    const QUrl url = m_profile.firstPageUrl();
    if (response.error.isError() || response.status != 200) {
        m_report.problem(sectionList,
            response.error.isError() ? response.error.text()
                                     : tr("%1 answered HTTP %2").arg(url.toString()).arg(response.status),
            tr("check list.first_page; the headers for page reads (headers.page) must be what "
               "the portal expects"));
        finish();
        return;
    }
    const Charset::Decoded decoded
        = Charset::decode(response.body, response.contentType, m_profile.encoding);
    m_report.info(sectionList, tr("%1 decoded as %2 (from %3)")
                                   .arg(url.toString(), decoded.charset, Charset::describe(decoded.source)));
    if (decoded.lossy)
        m_report.problem(sectionList, tr("the page holds bytes that are not valid %1").arg(decoded.charset),
            tr("set encoding in the profile to the portal's charset (e.g. gbk)"));
    const QString &text = decoded.text;
    if (m_profile.list.kind == SiteProfile::ListKind::Html)
        reportHeaders(text, response.url);
    const ExtractedPage page = TicketExtractor(m_profile).extract(response.body, response.url);
    if (!page.error.isEmpty()) {
        m_report.problem(sectionList, page.error,
            tr("compare list.row_xpath, header_xpath and the column rules with the page"));
        finish();
        return;
    }
    m_report.info(sectionList, tr("%1 rows matched, %2 tickets read").arg(page.rowsSeen).arg(page.tickets.size()));
    if (page.tickets.isEmpty())
        m_report.problem(sectionList, tr("the first page gave no ticket"),
            m_profile.list.kind == SiteProfile::ListKind::Html
                ? tr("list.row_xpath must select one node per ticket row")
                : tr("list.items_path must lead to the array of tickets"));
    for (const QString &rowError : page.rowErrors.mid(0, 3))
        m_report.problem(sectionList, rowError, tr("check the column rule the message names"));
    for (const ReleaseTicket &ticket : page.tickets.mid(0, 3))
        m_report.info(sectionList, ticketLine(ticket));
    reportPages(page);

    const auto pending = std::find_if(page.tickets.cbegin(), page.tickets.cend(),
        [](const ReleaseTicket &t) { return t.pendingOnPortal; });
    if (pending == page.tickets.cend()) {
        m_report.problem(sectionRelease, tr("no ticket on the first page is pending"),
            tr("list.pending_statuses must hold the status text of tickets waiting for release "
               "(found: %1)")
                .arg(page.tickets.isEmpty() ? QString() : page.tickets.first().portalStatus));
        finish();
        return;
    }
    m_ticket = *pending;
    m_report.info(sectionRelease, tr("first pending ticket: #%1").arg(m_ticket.id));
    m_values.setTicket(m_ticket);
    m_step = 0;
    nextStep();
}

void ProfileCheck::reportHeaders(const QString &text, const QUrl &url)
{
    const HtmlDocument doc(text, url);
    const QString xpath = m_profile.list.headerXPath.isEmpty() ? QStringLiteral("(//tr[th])[1]/th")
                                                               : m_profile.list.headerXPath;
    QStringList headers;
    for (const HtmlDocument::Node node : doc.select(xpath))
        headers << HtmlDocument::text(node);
    if (headers.isEmpty())
        return; // a list without headers (cards): columns are XPaths
    m_report.info(sectionList, tr("headers found: %1").arg(headers.join(QStringLiteral(" | "))));
    for (auto it = m_profile.list.columns.cbegin(); it != m_profile.list.columns.cend(); ++it) {
        const QString &wanted = it.value().header;
        if (wanted.isEmpty())
            continue;
        const bool found = std::any_of(headers.cbegin(), headers.cend(),
            [&](const QString &h) { return h.compare(wanted, Qt::CaseInsensitive) == 0; });
        if (!found) {
            const QString guess = closest(wanted, headers);
            m_report.problem(sectionList,
                tr("column %1: no header \"%2\" on the page").arg(it.key(), wanted),
                guess.isEmpty() ? tr("set list.columns.%1.header to one of the headers found").arg(it.key())
                                : tr("did you mean \"%1\"?").arg(guess));
        }
    }
}

void ProfileCheck::reportPages(const ExtractedPage &page)
{
    int pages = page.pageCount;
    const int pageSize = m_profile.list.paging.pageSize > 0 ? m_profile.list.paging.pageSize
                                                            : int(page.tickets.size());
    if (pages < 0 && page.totalCount >= 0 && pageSize > 0)
        pages = (page.totalCount + pageSize - 1) / pageSize;
    if (page.totalCount >= 0)
        m_report.info(sectionPages, tr("the portal says %1 tickets").arg(page.totalCount));
    if (pages > 0 && !m_profile.list.paging.pageTemplate.isEmpty()) {
        const int first = m_profile.list.paging.firstPage;
        QStringList urls;
        for (int n = first; n < first + pages && urls.size() < 3; ++n)
            urls << m_profile.pageUrl(n).toString();
        if (pages > 3)
            urls << QStringLiteral("…") << m_profile.pageUrl(first + pages - 1).toString();
        m_report.ok(sectionPages, tr("%n page(s), all requested at once: %1", nullptr, pages)
                                      .arg(urls.join(QStringLiteral(", "))));
    } else if (page.nextPage.isValid()) {
        m_report.ok(sectionPages, tr("pages followed one by one, next: %1").arg(page.nextPage.toString()));
    } else if (pages == 1 || page.totalCount == int(page.tickets.size())) {
        m_report.ok(sectionPages, tr("one page holds every ticket"));
    } else {
        m_report.problem(sectionPages, tr("no way to the next page was found"),
            tr("set list.paging: a page_template with page_count or total, or a next link"));
    }
}

void ProfileCheck::nextStep()
{
    const QList<ReleaseStepSpec> &steps = m_profile.requests.releaseSteps;
    if (steps.isEmpty() || m_step >= steps.size() || steps.at(m_step).acting) {
        // The acting request: built and shown, never sent.
        const PreparedRelease prepared = ReleasePreparation::buildActing(m_profile, m_ticket,
            m_values, m_profile.politeness.releaseTimeoutMs, m_pageCharset);
        if (!prepared.isValid())
            m_report.problem(sectionRelease, prepared.error,
                tr("the acting request needs every {value}: from a capture, an earlier step or a "
                   "list column"));
        else
            m_report.ok(sectionRelease, tr("would send (not sent): %1").arg(prepared.steps.value(0)));
        finish();
        return;
    }
    const ReleaseStepSpec &step = steps.at(m_step);
    const BuiltRequest built
        = ReleasePreparation::buildStep(m_profile, step, m_ticket, m_values, m_pageCharset);
    m_report.info(sectionRelease, tr("step \"%1\" (a read, sent now): %2").arg(step.name, built.describe(m_values)));
    get(built.url, &ProfileCheck::onStepPage, built.headers); // as the run sends it
}

void ProfileCheck::onStepPage(const NetResponse &response)
{
    const ReleaseStepSpec &step = m_profile.requests.releaseSteps.at(m_step);
    if (response.error.isError() || response.status != 200) {
        m_report.problem(sectionRelease,
            tr("step \"%1\": %2").arg(step.name,
                response.error.isError() ? response.error.text() : tr("HTTP %1").arg(response.status)),
            tr("check release.steps[%1].url: the page must exist for a pending ticket").arg(m_step));
        finish();
        return;
    }
    m_pageCharset = Charset::decode(response.body, response.contentType, m_profile.encoding).charset;
    for (const CaptureSpec &capture : step.captures) {
        QString error;
        const std::optional<QString> value = ValueCapture::fromAnswer(capture, response.body,
            response.contentType, response.url, &error, m_profile.encoding);
        if (!value) {
            m_report.problem(sectionRelease, tr("step \"%1\": %2").arg(step.name, error),
                tr("check release.steps[%1].captures.%2 against the page").arg(m_step).arg(capture.name));
            finish();
            return;
        }
        m_values.set(capture.name, *value, capture.secret);
        m_report.ok(sectionRelease, tr("step \"%1\" captured {%2} = %3")
                                        .arg(step.name, capture.name,
                                            capture.secret ? QStringLiteral("***") : *value));
    }
    ++m_step;
    nextStep();
}

void ProfileCheck::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_report);
}
