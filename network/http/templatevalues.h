#pragma once

#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

struct ReleaseTicket;

// The values a request template may use as {name}: the credentials, the values captured after
// login and from earlier release steps, and a ticket's fields. Knows which values are secret so
// that whatever is built from them can be logged with those values redacted.
class TemplateValues final
{
public:
    void set(const QString &name, const QString &value, bool secret = false);
    void merge(const TemplateValues &other); // other's values win
    // Ticket fields by their profile names (ReleaseTicket::field), under captured values.
    void setTicket(const ReleaseTicket &ticket);

    bool contains(const QString &name) const;
    QString value(const QString &name) const;
    QStringList names() const; // sorted, ticket fields excluded
    bool isSecret(const QString &name) const { return m_secret.contains(name); }
    bool isEmpty() const { return m_values.isEmpty(); }

    // {name} replaced by its value; names with no value are replaced by "" and listed in
    // *missing. "{{" and "}}" stand for literal braces.
    QString expand(const QString &pattern, QStringList *missing = nullptr) const;
    // A JSON template: every string expanded (recursively in objects and arrays); numbers,
    // booleans and null kept as written.
    QJsonValue expandJson(const QJsonValue &pattern, QStringList *missing = nullptr) const;
    // The text with every secret value (of 4+ characters) replaced by "***": for logs and reports.
    QString redact(const QString &text) const;

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_secret;
    QHash<QString, QString> m_ticketFields;
};
