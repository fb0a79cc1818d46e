#include "http/templatevalues.h"

#include "releaseticket.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

void TemplateValues::set(const QString &name, const QString &value, bool secret)
{
    m_values.insert(name, value);
    if (secret)
        m_secret.insert(name);
    else
        m_secret.remove(name);
}

void TemplateValues::merge(const TemplateValues &other)
{
    for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it)
        set(it.key(), it.value(), other.isSecret(it.key()));
    for (auto it = other.m_ticketFields.cbegin(); it != other.m_ticketFields.cend(); ++it)
        m_ticketFields.insert(it.key(), it.value());
}

void TemplateValues::setTicket(const ReleaseTicket &ticket)
{
    m_ticketFields.clear();
    QStringList names = ReleaseTicket::standardFieldNames();
    names += ticket.extra.keys();
    for (const QString &name : std::as_const(names))
        m_ticketFields.insert(name, ticket.field(name));
}

bool TemplateValues::contains(const QString &name) const
{
    return m_values.contains(name) || m_ticketFields.contains(name);
}

QString TemplateValues::value(const QString &name) const
{
    // A captured value wins over a ticket field of the same name: the later, more specific
    // source (a one-time token from the confirm page beats the token column of the list).
    const auto it = m_values.constFind(name);
    if (it != m_values.cend())
        return it.value();
    return m_ticketFields.value(name);
}

QStringList TemplateValues::names() const
{
    QStringList out = m_values.keys();
    out.sort();
    return out;
}

QString TemplateValues::expand(const QString &pattern, QStringList *missing) const
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{|\}\}|\{([^{}]+)\})"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(pattern).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (name.isEmpty()) {
            out += m.captured(0).at(0); // "{{" or "}}"
            continue;
        }
        if (!contains(name) && missing && !missing->contains(name))
            missing->append(name);
        out += value(name);
    }
    out += QStringView(pattern).mid(last);
    return out;
}

QJsonValue TemplateValues::expandJson(const QJsonValue &pattern, QStringList *missing) const
{
    if (pattern.isString())
        return expand(pattern.toString(), missing);
    if (pattern.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : pattern.toArray())
            out.append(expandJson(item, missing));
        return out;
    }
    if (pattern.isObject()) {
        QJsonObject out;
        const QJsonObject object = pattern.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), expandJson(it.value(), missing));
        return out;
    }
    return pattern;
}

QString TemplateValues::redact(const QString &text) const
{
    QString out = text;
    for (const QString &name : m_secret) {
        const QString secret = m_values.value(name);
        // Very short values would blank out ordinary words; they are also no real secret.
        if (secret.size() < 4)
            continue;
        out.replace(secret, QStringLiteral("***"));
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            out.replace(encoded, QStringLiteral("***"));
    }
    return out;
}
