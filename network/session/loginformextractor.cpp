#include "session/loginformextractor.h"

#include "http/htmldocument.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// XPath string literal for a value that may hold either quote.
QString xpathLiteral(const QString &value)
{
    if (!value.contains(u'\''))
        return u'\'' + value + u'\'';
    if (!value.contains(u'"'))
        return u'"' + value + u'"';
    QStringList parts;
    for (const QString &piece : value.split(u'\''))
        parts << u'\'' + piece + u'\'';
    return QStringLiteral("concat(") + parts.join(QStringLiteral(", \"'\", ")) + u')';
}

HtmlDocument::Node chooseForm(
    const HtmlDocument &doc, const SiteProfile::Login &login, QString *error)
{
    if (!login.formXPath.isEmpty()) {
        QString xpathError;
        const HtmlDocument::Node form = doc.first(login.formXPath, nullptr, &xpathError);
        if (!form)
            *error = xpathError.isEmpty() ? QCoreApplication::translate(
                         "LoginFormExtractor", "no form matches login.form_xpath \"%1\"")
                                                .arg(login.formXPath)
                                          : QStringLiteral("login.form_xpath: %1").arg(xpathError);
        return form;
    }
    // By field names: the first form holding every one of them (the user and password fields
    // when the profile names none), as a person would recognise the login form.
    QStringList names = login.formFields;
    if (names.isEmpty())
        names = QStringList { login.userField, login.passwordField };
    QStringList conditions;
    for (const QString &name : std::as_const(names))
        conditions << QStringLiteral(".//*[@name=%1]").arg(xpathLiteral(name));
    const QString xpath
        = QStringLiteral("//form[%1]").arg(conditions.join(QStringLiteral(" and ")));
    const HtmlDocument::Node form = doc.first(xpath);
    if (!form)
        *error = QCoreApplication::translate(
            "LoginFormExtractor", "no form on the page holds the fields %1")
                     .arg(names.join(QStringLiteral(", ")));
    return form;
}

} // namespace

void LoginForm::setField(const QString &name, const QString &value)
{
    for (auto &field : fields) {
        if (field.first == name) {
            field.second = value;
            return;
        }
    }
    fields.append({ name, value });
}

QString LoginForm::field(const QString &name) const
{
    for (const auto &field : fields) {
        if (field.first == name)
            return field.second;
    }
    return {};
}

QByteArray LoginForm::encodedBody() const
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

std::optional<LoginForm> LoginFormExtractor::extract(
    const SiteProfile::Login &login, const QByteArray &html, const QUrl &pageUrl, QString *error)
{
    return extractFrom(login, HtmlDocument(html, pageUrl), pageUrl, error);
}

std::optional<LoginForm> LoginFormExtractor::extractFromText(
    const SiteProfile::Login &login, const QString &text, const QUrl &pageUrl, QString *error)
{
    return extractFrom(login, HtmlDocument(text, pageUrl), pageUrl, error);
}

std::optional<LoginForm> LoginFormExtractor::extractFrom(
    const SiteProfile::Login &login, const HtmlDocument &doc, const QUrl &pageUrl, QString *error)
{
    QString local;
    QString &err = error ? *error : local;
    if (!doc.isValid()) {
        err = QCoreApplication::translate(
            "LoginFormExtractor", "the login page is empty or not HTML");
        return std::nullopt;
    }
    const HtmlDocument::Node form = chooseForm(doc, login, &err);
    if (!form)
        return std::nullopt;

    LoginForm out;
    // A missing action posts back to the page itself, as browsers do.
    const QString action = HtmlDocument::attribute(form, QStringLiteral("action"));
    out.action = pageUrl.resolved(QUrl(action));
    const QString method = HtmlDocument::attribute(form, QStringLiteral("method")).toUpper();
    out.method = method == u"GET" ? QByteArray("GET") : QByteArray("POST");
    // A browser submits in the form's accept-charset when it names one, else the page's.
    out.acceptCharset = HtmlDocument::attribute(form, QStringLiteral("accept-charset"))
                            .split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts)
                            .value(0);

    bool submitTaken = false;
    const QList<HtmlDocument::Node> controls
        = doc.select(QStringLiteral(".//input | .//select | .//textarea | .//button"), form);
    for (const HtmlDocument::Node node : controls) {
        const QString name = HtmlDocument::attribute(node, QStringLiteral("name"));
        if (name.isEmpty() || doc.test(QStringLiteral("boolean(@disabled)"), node))
            continue;
        const QString tag = HtmlDocument::name(node);
        if (tag == u"select") {
            // The selected option, else the first one, as a browser submits.
            HtmlDocument::Node option = doc.first(QStringLiteral(".//option[@selected]"), node);
            if (!option)
                option = doc.first(QStringLiteral(".//option"), node);
            if (option) {
                const QString value = doc.test(QStringLiteral("boolean(@value)"), option)
                    ? HtmlDocument::attribute(option, QStringLiteral("value"))
                    : HtmlDocument::text(option);
                out.fields.append({ name, value });
            }
            continue;
        }
        if (tag == u"textarea") {
            out.fields.append({ name, HtmlDocument::text(node) });
            continue;
        }
        const QString type = HtmlDocument::attribute(node, QStringLiteral("type")).toLower();
        const bool isSubmit = tag == u"button" ? (type.isEmpty() || type == u"submit")
                                               : (type == u"submit" || type == u"image");
        if (isSubmit) {
            // Only the button that would be clicked: the first one.
            if (!submitTaken)
                out.fields.append({ name, HtmlDocument::attribute(node, QStringLiteral("value")) });
            submitTaken = true;
            continue;
        }
        if (tag == u"button" || type == u"reset" || type == u"file")
            continue;
        if ((type == u"checkbox" || type == u"radio")) {
            if (!doc.test(QStringLiteral("boolean(@checked)"), node))
                continue;
            const QString value = doc.test(QStringLiteral("boolean(@value)"), node)
                ? HtmlDocument::attribute(node, QStringLiteral("value"))
                : QStringLiteral("on");
            out.fields.append({ name, value });
            continue;
        }
        // Not trimmed beyond what attribute() does: tokens are taken exactly.
        out.fields.append({ name, HtmlDocument::attribute(node, QStringLiteral("value")) });
    }
    for (auto it = login.extraFields.begin(); it != login.extraFields.end(); ++it)
        out.setField(it.key(), it.value());
    return out;
}
