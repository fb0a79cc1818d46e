#include "profile/profilechecks.h"

#include <QRegularExpression>

void ProfileChecks::regex(const QString &pattern, const QString &path, QStringList *problems)
{
    if (pattern.isEmpty())
        return;
    const QRegularExpression re(pattern);
    if (!re.isValid())
        problems->append(path + u": "
            + tr("not a valid regular expression (%1)").arg(re.errorString()));
}

void ProfileChecks::xpath(const QString &xpath, const QString &path, QStringList *problems)
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
            path + u": " + tr("not a valid XPath (unbalanced brackets or quotes)"));
}
