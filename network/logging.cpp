#include "logging.h"

#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcSession, "rd.network.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScrape, "rd.network.scrape", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRelease, "rd.network.release", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "rd.network.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWire, "rd.network.wire", QtWarningMsg)

QString redactSecrets(const QString &text)
{
    // Header lines carrying credentials lose their whole value.
    static const QRegularExpression headers(
        QStringLiteral(R"(((?:^|\n)\s*(?:set-)?cookie\s*:|authorization\s*:)[^\n]*)"),
        QRegularExpression::CaseInsensitiveOption);
    // key=value pairs whose key names a secret (query strings, form bodies, cookie strings).
    static const QRegularExpression pairs(
        QStringLiteral(R"(([?&;\s]|^)([\w.-]*(?:pass|token|csrf|secret|session|sid|cookie|auth|key)[\w.-]*)=([^&;\s]*))"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(headers, QStringLiteral("\\1 ***"));
    out.replace(pairs, QStringLiteral("\\1\\2=***"));
    return out;
}
