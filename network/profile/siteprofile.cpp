#include "profile/siteprofile.h"

#include "logging.h"
#include "releaseticket.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

// Reads one JSON object while recording every problem with its full field path. Keys that are
// read are ticked off, so whatever is left at the end is an unknown key (usually a typo).
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, QStringList *problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {
    }
    ~ObjectReader()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_seen.contains(it.key()))
                m_problems->append(at(it.key()) + QStringLiteral(": unknown key"));
        }
    }
    ObjectReader(const ObjectReader &) = delete;
    ObjectReader &operator=(const ObjectReader &) = delete;

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    void fail(const QString &key, const QString &what)
    {
        m_problems->append(at(key) + u": " + what);
    }

    QJsonValue value(const QString &key)
    {
        m_seen.insert(key);
        return m_object.value(key);
    }

    void string(const QString &key, QString &out, bool required = false, bool nonEmpty = true)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("missing (a non-empty string is required)"));
            return;
        }
        if (!v.isString() || (nonEmpty && v.toString().trimmed().isEmpty())) {
            fail(key, QStringLiteral("must be a non-empty string"));
            return;
        }
        out = v.toString();
    }

    void boolean(const QString &key, bool &out)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            fail(key, QStringLiteral("must be true or false"));
            return;
        }
        out = v.toBool();
    }

    template <typename Int> void integer(const QString &key, Int &out, qint64 min, qint64 max)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1e300);
        // The range first: converting a double beyond qint64 (1e52) is undefined behaviour.
        if (!v.isDouble() || d < double(min) || d > double(max) || d != double(qint64(d))) {
            fail(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return;
        }
        out = Int(d);
    }

    void strings(const QString &key, QStringList &out, bool nonEmpty = false)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return;
        if (v.isString()) { // one string is a list of one: friendlier for hand-written files
            out = QStringList { v.toString() };
            return;
        }
        if (!v.isArray()) {
            fail(key, QStringLiteral("must be a list of strings"));
            return;
        }
        QStringList list;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                m_problems->append(at(key) + QStringLiteral("[%1]: must be a string").arg(i));
                return;
            }
            list.append(array.at(i).toString());
        }
        if (nonEmpty && list.isEmpty()) {
            fail(key, QStringLiteral("must not be empty"));
            return;
        }
        out = list;
    }

    void ints(const QString &key, QList<int> &out)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return;
        const QJsonArray array = v.isDouble() ? QJsonArray { v } : v.toArray();
        if (!v.isDouble() && !v.isArray()) {
            fail(key, QStringLiteral("must be a list of HTTP status codes"));
            return;
        }
        QList<int> list;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int code = array.at(i).toInt(-1);
            if (code < 100 || code > 599) {
                m_problems->append(
                    at(key) + QStringLiteral("[%1]: must be an HTTP status code (100-599)").arg(i));
                return;
            }
            list.append(code);
        }
        out = list;
    }

    // An optional nested object; nullopt (and a problem when present but not an object).
    std::optional<QJsonObject> object(const QString &key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            fail(key, QStringLiteral("must be an object"));
            return std::nullopt;
        }
        return v.toObject();
    }

    QStringList *problems() const { return m_problems; }

private:
    QJsonObject m_object;
    QString m_path;
    QStringList *m_problems;
    QSet<QString> m_seen;
};

void checkRegex(const QString &pattern, const QString &path, QStringList *problems)
{
    if (pattern.isEmpty())
        return;
    const QRegularExpression re(pattern);
    if (!re.isValid())
        problems->append(
            path + QStringLiteral(": not a valid regular expression (%1)").arg(re.errorString()));
}

void checkXPath(const QString &xpath, const QString &path, QStringList *problems)
{
    // Syntax is checked against libxml2 when the profile is used (TicketExtractor reports the
    // expression); here only the obvious: balanced brackets and quotes.
    int square = 0, round = 0;
    QChar quote;
    for (const QChar c : xpath) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'\'' || c == u'"')
            quote = c;
        else if (c == u'[')
            ++square;
        else if (c == u']')
            --square;
        else if (c == u'(')
            ++round;
        else if (c == u')')
            --round;
        if (square < 0 || round < 0)
            break;
    }
    if (square != 0 || round != 0 || !quote.isNull())
        problems->append(
            path + QStringLiteral(": not a valid XPath (unbalanced brackets or quotes)"));
}

FieldRule readRule(const QJsonValue &value, const QString &path, QStringList *problems, bool json)
{
    FieldRule rule;
    if (value.isString()) { // shorthand: "应用" is a header, "app" a JSON path
        if (value.toString().trimmed().isEmpty())
            problems->append(path + QStringLiteral(": must be a non-empty string"));
        else if (json)
            rule.path = value.toString();
        else
            rule.header = value.toString();
        return rule;
    }
    if (!value.isObject()) {
        problems->append(
            path + QStringLiteral(": must be an object (or a header text / JSON path)"));
        return rule;
    }
    ObjectReader r(value.toObject(), path, problems);
    r.string(QStringLiteral("header"), rule.header);
    r.string(QStringLiteral("xpath"), rule.xpath);
    r.string(QStringLiteral("attribute"), rule.attribute);
    r.string(QStringLiteral("regex"), rule.regex);
    r.string(QStringLiteral("split"), rule.split, false, false);
    r.string(QStringLiteral("path"), rule.path);
    checkRegex(rule.regex, r.at(QStringLiteral("regex")), problems);
    checkXPath(rule.xpath, r.at(QStringLiteral("xpath")), problems);
    // Counted by presence, so an empty "header" is reported once (as empty), not twice.
    const int ways = int(r.has(QStringLiteral("header"))) + int(r.has(QStringLiteral("xpath")))
        + int(r.has(QStringLiteral("path")));
    if (ways == 0)
        problems->append(path + QStringLiteral(": needs one of header, xpath or path"));
    else if (ways > 1)
        problems->append(path + QStringLiteral(": give only one of header, xpath or path"));
    else if (json && !r.has(QStringLiteral("path")))
        problems->append(path + QStringLiteral(": a JSON list needs path"));
    else if (!json && r.has(QStringLiteral("path")))
        problems->append(
            path + QStringLiteral(": path is for JSON lists; an HTML list needs header or xpath"));
    return rule;
}

std::optional<FieldRule> optionalRule(ObjectReader &r, const QString &key, bool json)
{
    const QJsonValue v = r.value(key);
    if (v.isUndefined())
        return std::nullopt;
    return readRule(v, r.at(key), r.problems(), json);
}

void readLogin(ObjectReader &top, SiteProfile::Login &login)
{
    const auto object = top.object(QStringLiteral("login"));
    if (!object) {
        if (!top.has(QStringLiteral("login")))
            top.fail(QStringLiteral("login"), QStringLiteral("missing (an object is required)"));
        return;
    }
    ObjectReader r(*object, QStringLiteral("login"), top.problems());
    r.string(QStringLiteral("page"), login.page);
    r.string(QStringLiteral("form_xpath"), login.formXPath);
    r.strings(QStringLiteral("form_fields"), login.formFields, true);
    r.string(QStringLiteral("user_field"), login.userField);
    r.string(QStringLiteral("password_field"), login.passwordField);
    checkXPath(login.formXPath, r.at(QStringLiteral("form_xpath")), r.problems());
    if (const auto fields = r.object(QStringLiteral("fields"))) {
        for (auto it = fields->begin(); it != fields->end(); ++it) {
            if (!it.value().isString())
                r.problems()->append(r.at(QStringLiteral("fields.")) + it.key()
                    + QStringLiteral(": must be a string"));
            else
                login.extraFields.insert(it.key(), it.value().toString());
        }
    }
    if (const auto o = r.object(QStringLiteral("success"))) {
        ObjectReader s(*o, r.at(QStringLiteral("success")), r.problems());
        s.string(QStringLiteral("redirect_contains"), login.success.redirectContains);
        s.string(QStringLiteral("cookie"), login.success.cookie);
        s.string(QStringLiteral("text"), login.success.text);
    }
    if (const auto o = r.object(QStringLiteral("failure"))) {
        ObjectReader s(*o, r.at(QStringLiteral("failure")), r.problems());
        s.string(QStringLiteral("text"), login.failure.text);
        s.string(QStringLiteral("message_xpath"), login.failure.messageXPath);
        checkXPath(login.failure.messageXPath, s.at(QStringLiteral("message_xpath")), r.problems());
    }
    if (const auto o = r.object(QStringLiteral("expired"))) {
        ObjectReader s(*o, r.at(QStringLiteral("expired")), r.problems());
        s.string(QStringLiteral("redirect_contains"), login.expired.redirectContains);
        s.ints(QStringLiteral("status_codes"), login.expired.statusCodes);
        s.string(QStringLiteral("text"), login.expired.text);
    }
    if (login.success.redirectContains.isEmpty() && login.success.cookie.isEmpty()
        && login.success.text.isEmpty())
        r.fail(QStringLiteral("success"),
            QStringLiteral(
                "missing: say how a successful login looks (redirect_contains, cookie or text)"));
    if (login.expired.redirectContains.isEmpty() && login.expired.statusCodes.isEmpty()
        && login.expired.text.isEmpty())
        r.fail(QStringLiteral("expired"),
            QStringLiteral("missing: say how an expired session looks (redirect_contains, "
                           "status_codes or text)"));
}

void readPaging(ObjectReader &list, SiteProfile::Paging &paging, bool json)
{
    const auto object = list.object(QStringLiteral("paging"));
    if (!object)
        return;
    ObjectReader r(*object, list.at(QStringLiteral("paging")), list.problems());
    if (!json) {
        if (const QJsonValue v = r.value(QStringLiteral("next_xpath")); !v.isUndefined()) {
            if (!v.isString() || v.toString().trimmed().isEmpty()) {
                r.fail(QStringLiteral("next_xpath"), QStringLiteral("must be a non-empty string"));
            } else {
                paging.next.xpath = v.toString();
                paging.next.attribute = QStringLiteral("href");
                checkXPath(paging.next.xpath, r.at(QStringLiteral("next_xpath")), r.problems());
            }
        }
        r.string(QStringLiteral("next_text"), paging.nextText);
    }
    r.string(QStringLiteral("page_template"), paging.pageTemplate);
    if (!paging.pageTemplate.isEmpty() && !paging.pageTemplate.contains(QStringLiteral("{page}")))
        r.fail(QStringLiteral("page_template"), QStringLiteral("must contain {page}"));
    if (auto rule = optionalRule(r, QStringLiteral("page_count"), json))
        paging.pageCount = *rule;
    if (auto rule = optionalRule(r, QStringLiteral("total"), json))
        paging.total = *rule;
    r.integer(QStringLiteral("page_size"), paging.pageSize, 1, 100000);
    r.integer(QStringLiteral("first_page"), paging.firstPage, 0, 1000000);
    if ((!paging.pageCount.isEmpty() || !paging.total.isEmpty()) && paging.pageTemplate.isEmpty())
        r.fail(QStringLiteral("page_template"),
            QStringLiteral(
                "missing: page_count and total need a page_template to build page URLs"));
}

void readList(ObjectReader &top, SiteProfile::List &list)
{
    const auto object = top.object(QStringLiteral("list"));
    if (!object) {
        if (!top.has(QStringLiteral("list")))
            top.fail(QStringLiteral("list"), QStringLiteral("missing (an object is required)"));
        return;
    }
    ObjectReader r(*object, QStringLiteral("list"), top.problems());
    QString kind = QStringLiteral("html");
    r.string(QStringLiteral("kind"), kind);
    if (kind == u"json")
        list.kind = SiteProfile::ListKind::Json;
    else if (kind != u"html")
        r.fail(QStringLiteral("kind"),
            QStringLiteral("must be \"html\" or \"json\", not \"%1\"").arg(kind));
    const bool json = list.kind == SiteProfile::ListKind::Json;
    r.string(QStringLiteral("first_page"), list.firstPage);
    readPaging(r, list.paging, json);
    if (json) {
        r.string(QStringLiteral("items_path"), list.itemsPath, false, false);
    } else {
        r.string(QStringLiteral("row_xpath"), list.rowXPath, true);
        r.string(QStringLiteral("header_xpath"), list.headerXPath);
        r.string(QStringLiteral("cell_xpath"), list.cellXPath);
        checkXPath(list.rowXPath, r.at(QStringLiteral("row_xpath")), r.problems());
        checkXPath(list.headerXPath, r.at(QStringLiteral("header_xpath")), r.problems());
        checkXPath(list.cellXPath, r.at(QStringLiteral("cell_xpath")), r.problems());
        if (const auto o = r.object(QStringLiteral("skip_rows"))) {
            ObjectReader s(*o, r.at(QStringLiteral("skip_rows")), r.problems());
            s.strings(QStringLiteral("classes"), list.skipRows.classes);
            s.string(QStringLiteral("xpath"), list.skipRows.xpath);
            checkXPath(list.skipRows.xpath, s.at(QStringLiteral("xpath")), r.problems());
        }
    }
    if (const auto columns = r.object(QStringLiteral("columns"))) {
        for (auto it = columns->begin(); it != columns->end(); ++it) {
            const QString path = r.at(QStringLiteral("columns.")) + it.key();
            if (it.key().trimmed().isEmpty() || it.key() == u"releaseUrl")
                r.problems()->append(path + QStringLiteral(": not a usable field name"));
            else
                list.columns.insert(it.key(), readRule(it.value(), path, r.problems(), json));
        }
        bool usesHeaders = false;
        for (const FieldRule &rule : std::as_const(list.columns))
            usesHeaders = usesHeaders || !rule.header.isEmpty();
        if (usesHeaders && list.headerXPath.isEmpty())
            list.headerXPath = QStringLiteral("(//tr[th])[1]/th");
    } else if (!r.has(QStringLiteral("columns"))) {
        r.fail(QStringLiteral("columns"),
            QStringLiteral("missing (an object mapping ticket fields to columns is required)"));
    }
    if (!list.columns.isEmpty() && !list.columns.contains(QStringLiteral("id")))
        r.fail(QStringLiteral("columns.id"), QStringLiteral("missing: every ticket needs an id"));
    if (auto rule = optionalRule(r, QStringLiteral("release_link"), json)) {
        list.releaseLink = *rule;
        if (!json && list.releaseLink.attribute.isEmpty())
            list.releaseLink.attribute = QStringLiteral("href");
    }
    r.string(QStringLiteral("release_url_template"), list.releaseUrlTemplate);
    if (list.releaseLink.isEmpty() && list.releaseUrlTemplate.isEmpty())
        r.fail(QStringLiteral("release_link"),
            QStringLiteral("missing: give release_link or release_url_template"));
    r.strings(QStringLiteral("pending_statuses"), list.pendingStatuses);
    r.strings(QStringLiteral("concurrent_true"), list.concurrentTrue);
    r.strings(QStringLiteral("empty_values"), list.emptyValues);
}

void readRelease(ObjectReader &top, SiteProfile::Release &release)
{
    const auto object = top.object(QStringLiteral("release"));
    if (!object)
        return; // every part has a default: GET the link, any 2xx is success
    ObjectReader r(*object, QStringLiteral("release"), top.problems());
    r.string(QStringLiteral("method"), release.method);
    release.method = release.method.toUpper();
    if (release.method != u"GET" && release.method != u"POST")
        r.fail(QStringLiteral("method"), QStringLiteral("must be \"GET\" or \"POST\""));
    if (const auto params = r.object(QStringLiteral("params"))) {
        for (auto it = params->begin(); it != params->end(); ++it) {
            if (!it.value().isString())
                r.problems()->append(r.at(QStringLiteral("params.")) + it.key()
                    + QStringLiteral(": must be a string"));
            else
                release.params.append({ it.key(), it.value().toString() });
        }
    }
    if (const auto o = r.object(QStringLiteral("success"))) {
        ObjectReader s(*o, r.at(QStringLiteral("success")), r.problems());
        s.ints(QStringLiteral("status_codes"), release.success.statusCodes);
        s.string(QStringLiteral("text"), release.success.text);
        s.string(QStringLiteral("pattern"), release.success.pattern);
        s.string(QStringLiteral("redirect_contains"), release.success.redirectContains);
        checkRegex(release.success.pattern, s.at(QStringLiteral("pattern")), r.problems());
    }
    if (const auto o = r.object(QStringLiteral("failure"))) {
        ObjectReader s(*o, r.at(QStringLiteral("failure")), r.problems());
        s.string(QStringLiteral("text"), release.failure.text);
        s.string(QStringLiteral("pattern"), release.failure.pattern);
        checkRegex(release.failure.pattern, s.at(QStringLiteral("pattern")), r.problems());
    }
    if (const auto o = r.object(QStringLiteral("message"))) {
        ObjectReader s(*o, r.at(QStringLiteral("message")), r.problems());
        s.string(QStringLiteral("xpath"), release.message.xpath);
        s.string(QStringLiteral("pattern"), release.message.pattern);
        checkXPath(release.message.xpath, s.at(QStringLiteral("xpath")), r.problems());
        checkRegex(release.message.pattern, s.at(QStringLiteral("pattern")), r.problems());
    }
}

void readPlanning(ObjectReader &top, PlanningHints &planning)
{
    const auto object = top.object(QStringLiteral("planning"));
    if (!object)
        return;
    ObjectReader r(*object, QStringLiteral("planning"), top.problems());
    r.string(QStringLiteral("conflict_key"), planning.conflictKey, false, false);
    r.string(QStringLiteral("dependencies_field"), planning.dependenciesField);
    r.string(QStringLiteral("non_concurrent_field"), planning.nonConcurrentField);
    r.string(QStringLiteral("non_concurrent_value"), planning.nonConcurrentValue, false, false);
}

void readPoliteness(ObjectReader &top, SiteProfile::Politeness &p)
{
    const auto object = top.object(QStringLiteral("politeness"));
    if (!object)
        return;
    ObjectReader r(*object, QStringLiteral("politeness"), top.problems());
    r.integer(QStringLiteral("concurrency"), p.concurrency, 1, 256);
    r.integer(QStringLiteral("min_interval_ms"), p.minIntervalMs, 0, 600000);
    r.integer(QStringLiteral("timeout_ms"), p.timeoutMs, 100, 3600000);
    r.integer(QStringLiteral("release_timeout_ms"), p.releaseTimeoutMs, 100, 3600000);
    r.integer(
        QStringLiteral("max_page_bytes"), p.maxPageBytes, 1024, qint64(4) * 1024 * 1024 * 1024);
    r.integer(QStringLiteral("page_retries"), p.pageRetries, 0, 20);
}

QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(u'/'))
        url.setPath(url.path() + u'/');
    return url;
}

} // namespace

QString ProfileError::text() const
{
    const QString body = problems.join(QLatin1Char('\n'));
    return source.isEmpty() ? body : source + QStringLiteral(":\n") + body;
}

std::optional<SiteProfile> SiteProfile::fromJson(
    const QByteArray &json, ProfileError *error, const QString &source)
{
    ProfileError local;
    ProfileError &err = error ? *error : local;
    err.source = source;
    err.problems.clear();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column make a hand-edited file fixable.
        const QByteArray head = json.left(parseError.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(parseError.offset - (head.lastIndexOf('\n') + 1)) + 1;
        err.problems.append(QStringLiteral("(file): not valid JSON at line %1, column %2: %3")
                                .arg(line)
                                .arg(column)
                                .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        err.problems.append(QStringLiteral("(file): must hold a JSON object"));
        return std::nullopt;
    }

    SiteProfile profile;
    {
        ObjectReader r(doc.object(), QString(), &err.problems);
        r.integer(QStringLiteral("format"), profile.format, 0, 1000);
        if (!r.has(QStringLiteral("format")))
            r.fail(QStringLiteral("format"), QStringLiteral("missing (must be 1)"));
        else if (profile.format != 1)
            r.fail(QStringLiteral("format"),
                QStringLiteral("version %1 is not supported (this ReleaseDesk reads 1)")
                    .arg(profile.format));
        r.string(QStringLiteral("name"), profile.name, true);
        QString base;
        r.string(QStringLiteral("base_url"), base, true);
        if (!base.isEmpty()) {
            const QUrl url(base, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
                || url.host().isEmpty())
                r.fail(QStringLiteral("base_url"),
                    QStringLiteral("must be an absolute http:// or https:// URL, not \"%1\"")
                        .arg(base));
            else
                profile.baseUrl = withTrailingSlash(url);
        }
        if (const auto tls = r.object(QStringLiteral("tls"))) {
            ObjectReader t(*tls, QStringLiteral("tls"), &err.problems);
            t.boolean(QStringLiteral("verify"), profile.tls.verify);
            t.string(QStringLiteral("ca_file"), profile.tls.caFile);
        }
        readLogin(r, profile.login);
        readList(r, profile.list);
        readRelease(r, profile.release);
        readPlanning(r, profile.planning);
        readPoliteness(r, profile.politeness);
    }
    profile.planning.concurrencyLimit = profile.politeness.concurrency;
    if (!err.problems.isEmpty()) {
        qCInfo(lcProfile).noquote() << "profile rejected:" << err.text();
        return std::nullopt;
    }
    return profile;
}

std::optional<SiteProfile> SiteProfile::load(const QString &pathOrName, ProfileError *error)
{
    ProfileError local;
    ProfileError &err = error ? *error : local;
    const QString embedded = embeddedPath(pathOrName);
    const QString path = embedded.isEmpty() ? pathOrName : embedded;
    err.source = path;
    err.problems.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err.problems.append(QStringLiteral("(file): cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return fromJson(file.readAll(), &err, path);
}

QStringList SiteProfile::embeddedNames()
{
    return { QStringLiteral("demo"), QStringLiteral("demo-en"), QStringLiteral("demo-json") };
}

QString SiteProfile::embeddedPath(const QString &name)
{
    if (!embeddedNames().contains(name))
        return {};
    return QStringLiteral(":/profiles/") + name + QStringLiteral(".json");
}

void SiteProfile::setBaseUrl(const QUrl &url)
{
    baseUrl = withTrailingSlash(url);
}

void SiteProfile::setConcurrency(int limit)
{
    politeness.concurrency = qMax(1, limit);
    planning.concurrencyLimit = politeness.concurrency;
}

QUrl SiteProfile::resolve(const QString &relative) const
{
    return baseUrl.resolved(QUrl(relative));
}

QUrl SiteProfile::pageUrl(int page) const
{
    if (list.paging.pageTemplate.isEmpty())
        return {};
    QString t = list.paging.pageTemplate;
    return resolve(t.replace(QStringLiteral("{page}"), QString::number(page)));
}

bool SiteProfile::isSameOrigin(const QUrl &url) const
{
    const auto defaultPort
        = [](const QUrl &u) { return u.port(u.scheme() == u"https" ? 443 : 80); };
    return url.isValid() && url.scheme().compare(baseUrl.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0
        && defaultPort(url) == defaultPort(baseUrl);
}

QString SiteProfile::expandTemplate(const QString &pattern, const ReleaseTicket &ticket)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{([^{}]+)\})"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(pattern).mid(last, m.capturedStart() - last);
        out += ticket.field(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(pattern).mid(last);
    return out;
}

QList<QPair<QString, QString>> SiteProfile::releaseParams(const ReleaseTicket &ticket) const
{
    QList<QPair<QString, QString>> out;
    for (const auto &[key, value] : release.params)
        out.append({ key, expandTemplate(value, ticket) });
    return out;
}
