#include "profile/requestspecreader.h"

#include "releaseticket.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RequestSpecReader)
};

QString at(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

bool isMethod(const QString &method)
{
    // What the at-most-once sender (libcurl, body only on POST) sends.
    return method.toUpper() == u"GET" || method.toUpper() == u"POST";
}

void collectPlaceholders(const QString &text, QSet<QString> *out)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{|\}\}|\{([^{}]+)\})"));
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!name.isEmpty())
            out->insert(name);
    }
}

void collectJson(const QJsonValue &value, QSet<QString> *out)
{
    if (value.isString())
        collectPlaceholders(value.toString(), out);
    else if (value.isArray())
        for (const QJsonValue &item : value.toArray())
            collectJson(item, out);
    else if (value.isObject())
        for (const QJsonValue &item : value.toObject())
            collectJson(item, out);
}

void collectRequest(const RequestSpec &request, QSet<QString> *out)
{
    collectPlaceholders(request.url, out);
    for (const auto &header : request.headers)
        collectPlaceholders(header.second, out);
    for (const auto &field : request.body.form)
        collectPlaceholders(field.second, out);
    collectJson(request.body.json, out);
}

} // namespace

RequestSpecReader::RequestSpecReader(QStringList *problems)
    : m_problems(problems)
{
}

void RequestSpecReader::fail(const QString &path, const QString &what)
{
    m_problems->append(path + QStringLiteral(": ") + what);
}

void RequestSpecReader::unknownKeys(
    const QJsonObject &object, const QString &path, const QStringList &known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(at(path, it.key()), Tr::tr("unknown key"));
    }
}

HeaderList RequestSpecReader::readHeaderList(const QJsonValue &value, const QString &path)
{
    HeaderList out;
    if (value.isUndefined())
        return out;
    if (!value.isObject()) {
        fail(path, Tr::tr("must be an object of header names and values"));
        return out;
    }
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!token.match(it.key()).hasMatch()) {
            fail(at(path, it.key()), Tr::tr("is not a valid HTTP header name"));
            continue;
        }
        if (!it.value().isString()) {
            fail(at(path, it.key()), Tr::tr("must be a string"));
            continue;
        }
        if (it.value().toString().contains(u'\n') || it.value().toString().contains(u'\r')) {
            fail(at(path, it.key()), Tr::tr("must not contain a line break"));
            continue;
        }
        out.append({ it.key(), it.value().toString() });
    }
    return out;
}

BodySpec RequestSpecReader::readBody(const QJsonValue &value, const QString &path)
{
    BodySpec body;
    if (value.isUndefined() || (value.isString() && value.toString() == u"none"))
        return body;
    if (!value.isObject() || value.toObject().size() != 1) {
        fail(path,
            Tr::tr("must be \"none\", {\"form\": {…}} or {\"json\": {…}}"));
        return body;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("json"))) {
        const QJsonValue json = object.value(QStringLiteral("json"));
        if (!json.isObject() && !json.isArray()) {
            fail(at(path, QStringLiteral("json")), Tr::tr("must be a JSON object or array"));
            return body;
        }
        body.kind = BodySpec::Kind::Json;
        body.json = json;
        return body;
    }
    if (object.contains(QStringLiteral("form"))) {
        const QJsonValue form = object.value(QStringLiteral("form"));
        if (!form.isObject()) {
            fail(at(path, QStringLiteral("form")), Tr::tr("must be an object of field names and values"));
            return body;
        }
        body.kind = BodySpec::Kind::Form;
        const QJsonObject fields = form.toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.value().isString())
                body.form.append({ it.key(), it.value().toString() });
            else if (it.value().isDouble() || it.value().isBool())
                body.form.append({ it.key(), it.value().toVariant().toString() });
            else
                fail(at(at(path, QStringLiteral("form")), it.key()), Tr::tr("must be a string"));
        }
        return body;
    }
    unknownKeys(object, path, { QStringLiteral("form"), QStringLiteral("json") });
    return body;
}

RequestSpec RequestSpecReader::readRequest(
    const QJsonObject &object, const QString &path, QStringList *seen)
{
    RequestSpec spec;
    *seen << QStringLiteral("method") << QStringLiteral("url") << QStringLiteral("body")
          << QStringLiteral("headers");
    const QJsonValue method = object.value(QStringLiteral("method"));
    if (!method.isUndefined()) {
        if (!method.isString() || !isMethod(method.toString()))
            fail(at(path, QStringLiteral("method")), Tr::tr("must be GET or POST"));
        else
            spec.method = method.toString().toUpper();
    }
    const QJsonValue url = object.value(QStringLiteral("url"));
    if (!url.isUndefined()) {
        if (!url.isString() || url.toString().trimmed().isEmpty())
            fail(at(path, QStringLiteral("url")), Tr::tr("must be a non-empty string"));
        else
            spec.url = url.toString();
    }
    spec.body = readBody(object.value(QStringLiteral("body")), at(path, QStringLiteral("body")));
    spec.headers = readHeaderList(object.value(QStringLiteral("headers")), at(path, QStringLiteral("headers")));
    if (spec.method == u"GET" && spec.body.kind == BodySpec::Kind::Json)
        fail(at(path, QStringLiteral("body")), Tr::tr("a GET request cannot carry a JSON body"));
    return spec;
}

void RequestSpecReader::readLoginRequest(const QJsonValue &value, LoginRequestSpec *out)
{
    const QString path = QStringLiteral("login.request");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        fail(path, Tr::tr("must be an object"));
        return;
    }
    const QJsonObject object = value.toObject();
    QStringList known { QStringLiteral("kind"), QStringLiteral("success"), QStringLiteral("failure") };
    const QJsonValue kind = object.value(QStringLiteral("kind"));
    if (kind.isString() && kind.toString() == u"api")
        out->kind = LoginRequestSpec::Kind::Api;
    else if (!kind.isUndefined() && !(kind.isString() && kind.toString() == u"form"))
        fail(at(path, QStringLiteral("kind")), Tr::tr("must be \"form\" or \"api\""));
    out->request = readRequest(object, path, &known);
    if (out->kind == LoginRequestSpec::Kind::Api) {
        if (out->request.url.isEmpty())
            fail(at(path, QStringLiteral("url")), Tr::tr("an API login needs the URL it posts to"));
        if (out->request.method.isEmpty())
            out->request.method = QStringLiteral("POST");
        if (out->request.body.kind == BodySpec::Kind::None)
            fail(at(path, QStringLiteral("body")),
                Tr::tr("an API login needs a body holding {user} and {password}"));
    }
    const QJsonValue success = object.value(QStringLiteral("success"));
    if (success.isObject()) {
        const QJsonObject s = success.toObject();
        unknownKeys(s, at(path, QStringLiteral("success")),
            { QStringLiteral("status_codes"), QStringLiteral("json_path"), QStringLiteral("value") });
        const QJsonValue codes = s.value(QStringLiteral("status_codes"));
        const QJsonArray array = codes.isDouble() ? QJsonArray { codes } : codes.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const int code = array.at(i).toInt(-1);
            if (code < 100 || code > 599)
                fail(at(path, QStringLiteral("success.status_codes")) + QStringLiteral("[%1]").arg(i),
                    Tr::tr("must be an HTTP status code (100-599)"));
            else
                out->successStatusCodes.append(code);
        }
        out->successJsonPath = s.value(QStringLiteral("json_path")).toString();
        out->successValue = s.value(QStringLiteral("value")).toVariant().toString();
    } else if (!success.isUndefined()) {
        fail(at(path, QStringLiteral("success")), Tr::tr("must be an object"));
    }
    const QJsonValue failure = object.value(QStringLiteral("failure"));
    if (failure.isObject()) {
        unknownKeys(failure.toObject(), at(path, QStringLiteral("failure")), { QStringLiteral("json_path") });
        out->failureJsonPath = failure.toObject().value(QStringLiteral("json_path")).toString();
    } else if (!failure.isUndefined()) {
        fail(at(path, QStringLiteral("failure")), Tr::tr("must be an object"));
    }
    unknownKeys(object, path, known);
}

CaptureSpec RequestSpecReader::readCapture(
    const QString &name, const QJsonValue &value, const QString &path, bool fromStep)
{
    CaptureSpec spec;
    spec.name = name;
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]*$"));
    if (!identifier.match(name).hasMatch())
        fail(path, Tr::tr("a captured value's name must be letters, digits, _ . or -"));
    if (!value.isObject()) {
        fail(path, Tr::tr("must be an object (page/xpath/attribute/regex, cookie or json_path)"));
        return spec;
    }
    const QJsonObject object = value.toObject();
    QStringList known { QStringLiteral("xpath"), QStringLiteral("attribute"),
        QStringLiteral("regex"), QStringLiteral("json_path"), QStringLiteral("secret") };
    if (!fromStep)
        known << QStringLiteral("page") << QStringLiteral("cookie") << QStringLiteral("from");
    unknownKeys(object, path, known);
    const auto str = [&](const QString &key) {
        const QJsonValue v = object.value(key);
        if (!v.isUndefined() && (!v.isString() || v.toString().isEmpty()))
            fail(at(path, key), Tr::tr("must be a non-empty string"));
        return v.toString();
    };
    spec.page = str(QStringLiteral("page"));
    spec.cookie = str(QStringLiteral("cookie"));
    spec.xpath = str(QStringLiteral("xpath"));
    spec.attribute = str(QStringLiteral("attribute"));
    spec.regex = str(QStringLiteral("regex"));
    spec.jsonPath = str(QStringLiteral("json_path"));
    if (object.value(QStringLiteral("secret")).isBool())
        spec.secret = object.value(QStringLiteral("secret")).toBool();
    const QString from = str(QStringLiteral("from"));
    if (!spec.regex.isEmpty() && !QRegularExpression(spec.regex).isValid())
        fail(at(path, QStringLiteral("regex")),
            Tr::tr("invalid regular expression: %1").arg(QRegularExpression(spec.regex).errorString()));

    if (!spec.cookie.isEmpty()) {
        spec.source = CaptureSpec::Source::Cookie;
        if (!spec.page.isEmpty() || !spec.xpath.isEmpty() || !spec.jsonPath.isEmpty())
            fail(path, Tr::tr("a cookie capture takes only cookie (and regex)"));
    } else if (from == u"login_answer") {
        spec.source = CaptureSpec::Source::LoginAnswer;
        if (spec.jsonPath.isEmpty() && spec.xpath.isEmpty() && spec.regex.isEmpty())
            fail(path, Tr::tr("needs json_path, xpath or regex to find the value in the login answer"));
    } else {
        if (!from.isEmpty())
            fail(at(path, QStringLiteral("from")), Tr::tr("must be \"login_answer\""));
        spec.source = CaptureSpec::Source::Page;
        if (!fromStep && spec.page.isEmpty())
            fail(path, Tr::tr("needs page (the page to read), cookie, or from: \"login_answer\""));
        if (spec.jsonPath.isEmpty() && spec.xpath.isEmpty() && spec.regex.isEmpty())
            fail(path, Tr::tr("needs json_path, xpath or regex to find the value"));
    }
    if (!spec.attribute.isEmpty() && spec.xpath.isEmpty())
        fail(at(path, QStringLiteral("attribute")), Tr::tr("needs an xpath"));
    return spec;
}

void RequestSpecReader::readCaptures(const QJsonValue &value, QList<CaptureSpec> *out)
{
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        fail(QStringLiteral("captures"), Tr::tr("must be an object: name → where to read it"));
        return;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        out->append(readCapture(it.key(), it.value(), at(QStringLiteral("captures"), it.key()), false));
}

void RequestSpecReader::readHeaders(const QJsonValue &value, HeaderSpec *out)
{
    const QString path = QStringLiteral("headers");
    if (value.isUndefined())
        return;
    if (!value.isObject()) {
        fail(path, Tr::tr("must be an object with all, page, login and release"));
        return;
    }
    const QJsonObject object = value.toObject();
    unknownKeys(object, path,
        { QStringLiteral("all"), QStringLiteral("page"), QStringLiteral("login"), QStringLiteral("release") });
    out->all = readHeaderList(object.value(QStringLiteral("all")), at(path, QStringLiteral("all")));
    out->page = readHeaderList(object.value(QStringLiteral("page")), at(path, QStringLiteral("page")));
    out->login = readHeaderList(object.value(QStringLiteral("login")), at(path, QStringLiteral("login")));
    out->release
        = readHeaderList(object.value(QStringLiteral("release")), at(path, QStringLiteral("release")));
}

void RequestSpecReader::readSteps(const QJsonValue &value, QList<ReleaseStepSpec> *out)
{
    const QString path = QStringLiteral("release.steps");
    if (value.isUndefined())
        return;
    if (!value.isArray() || value.toArray().isEmpty()) {
        fail(path, Tr::tr("must be a non-empty list of steps"));
        return;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString stepPath = path + QStringLiteral("[%1]").arg(i);
        if (!array.at(i).isObject()) {
            fail(stepPath, Tr::tr("must be an object"));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        ReleaseStepSpec step;
        QStringList known { QStringLiteral("name"), QStringLiteral("from"), QStringLiteral("captures") };
        step.request = readRequest(object, stepPath, &known);
        step.name = object.value(QStringLiteral("name")).toString();
        if (step.name.isEmpty())
            step.name = tr("step %1").arg(i + 1);
        const QJsonValue from = object.value(QStringLiteral("from"));
        if (from.isString() && from.toString() == u"release_link")
            step.target = ReleaseStepSpec::Target::ReleaseLink;
        else if (from.isString() && from.toString() == u"row_form")
            step.target = ReleaseStepSpec::Target::RowForm;
        else if (!from.isUndefined())
            fail(at(stepPath, QStringLiteral("from")), Tr::tr("must be \"release_link\" or \"row_form\""));
        if (step.target == ReleaseStepSpec::Target::Url && step.request.url.isEmpty())
            fail(stepPath, Tr::tr("needs a url, or from: \"release_link\" / \"row_form\""));
        if (step.target != ReleaseStepSpec::Target::Url && !step.request.url.isEmpty())
            fail(at(stepPath, QStringLiteral("url")), Tr::tr("cannot be given together with from"));
        const QJsonValue captures = object.value(QStringLiteral("captures"));
        if (captures.isObject()) {
            const QJsonObject c = captures.toObject();
            for (auto it = c.begin(); it != c.end(); ++it)
                step.captures.append(readCapture(it.key(), it.value(),
                    at(at(stepPath, QStringLiteral("captures")), it.key()), true));
        } else if (!captures.isUndefined()) {
            fail(at(stepPath, QStringLiteral("captures")), Tr::tr("must be an object: name → where to read it"));
        }
        step.acting = i == array.size() - 1;
        if (step.acting && !step.captures.isEmpty())
            fail(at(stepPath, QStringLiteral("captures")),
                Tr::tr("the last (acting) step's answer is judged, not read for values"));
        if (!step.acting && !step.request.method.isEmpty() && step.request.method != u"GET")
            fail(at(stepPath, QStringLiteral("method")),
                Tr::tr("only the last step may change anything: earlier steps are reads (GET)"));
        unknownKeys(object, stepPath, known);
        out->append(step);
    }
}

void RequestSpecReader::readFormCharset(const QJsonValue &value, QString *out)
{
    if (value.isUndefined())
        return;
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        fail(QStringLiteral("form_charset"), Tr::tr("must be a charset name such as GBK"));
        return;
    }
    *out = value.toString().trimmed();
}

QStringList RequestSpecReader::unknownPlaceholders(
    const RequestProfile &requests, const QStringList &fields)
{
    QSet<QString> used;
    QSet<QString> known { QStringLiteral("user"), QStringLiteral("password") };
    for (const QString &field : fields)
        known.insert(field);
    for (const QString &field : ReleaseTicket::standardFieldNames())
        known.insert(field);
    for (const CaptureSpec &capture : requests.captures)
        known.insert(capture.name);
    collectRequest(requests.login.request, &used);
    for (const HeaderList *list : { &requests.headers.all, &requests.headers.page,
             &requests.headers.login, &requests.headers.release })
        for (const auto &header : *list)
            collectPlaceholders(header.second, &used);
    for (const ReleaseStepSpec &step : requests.releaseSteps) {
        collectRequest(step.request, &used);
        for (const CaptureSpec &capture : step.captures)
            known.insert(capture.name);
    }
    QStringList out;
    for (const QString &name : std::as_const(used)) {
        if (!known.contains(name))
            out.append(name);
    }
    out.sort();
    return out;
}
