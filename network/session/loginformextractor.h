#pragma once

#include "profile/siteprofile.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

class HtmlDocument;

// The login form as a browser would submit it.
struct LoginForm
{
    QUrl action; // absolute
    QByteArray method = "POST";
    QList<QPair<QString, QString>> fields; // in document order
    QString acceptCharset; // the form's accept-charset (first name), "" when it has none

    void setField(const QString &name, const QString &value); // replaces or appends
    QString field(const QString &name) const;
    QByteArray encodedBody() const; // application/x-www-form-urlencoded, UTF-8
};

// Reads the login form off a page like Scrapy's FormRequest.from_response: every input of the
// chosen form (hidden ones, such as CSRF tokens, included), the selected option of each select,
// checked checkboxes and radios only, textareas, the first submit button only; the action
// resolved against the page URL. The form is chosen by XPath or by the field names it holds.
class LoginFormExtractor final
{
public:
    static std::optional<LoginForm> extract(const SiteProfile::Login &login, const QByteArray &html,
        const QUrl &pageUrl, QString *error);
    // The same on a page already decoded by its charset (hidden values in GBK survive).
    static std::optional<LoginForm> extractFromText(const SiteProfile::Login &login,
        const QString &text, const QUrl &pageUrl, QString *error);

private:
    static std::optional<LoginForm> extractFrom(
        const SiteProfile::Login &login, const HtmlDocument &doc, const QUrl &pageUrl, QString *error);
};
