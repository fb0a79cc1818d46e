#include "profile/jsonkeyorder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

JsonKeyOrder::JsonKeyOrder(const QByteArray &text)
    : m_text(text)
{
    if (scanValue(skipSpace(0)) < 0)
        m_objects.clear(); // not what QJsonDocument accepted: keep the sorted order
}

qsizetype JsonKeyOrder::skipSpace(qsizetype at) const
{
    while (at < m_text.size()
        && (m_text[at] == ' ' || m_text[at] == '\t' || m_text[at] == '\n' || m_text[at] == '\r'))
        ++at;
    return at;
}

// Returns the position after the closing quote, or -1.
qsizetype JsonKeyOrder::scanString(qsizetype at) const
{
    if (at >= m_text.size() || m_text[at] != '"')
        return -1;
    for (++at; at < m_text.size(); ++at) {
        if (m_text[at] == '\\')
            ++at;
        else if (m_text[at] == '"')
            return at + 1;
    }
    return -1;
}

qsizetype JsonKeyOrder::scanValue(qsizetype at)
{
    if (at >= m_text.size())
        return -1;
    switch (m_text[at]) {
    case '{':
        return scanObject(at);
    case '[':
        return scanArray(at);
    case '"':
        return scanString(at);
    default:
        // A number, true, false or null: up to the next delimiter.
        while (at < m_text.size() && m_text[at] != ',' && m_text[at] != ']' && m_text[at] != '}'
            && m_text[at] != ' ' && m_text[at] != '\t' && m_text[at] != '\r' && m_text[at] != '\n')
            ++at;
        return at;
    }
}

qsizetype JsonKeyOrder::scanArray(qsizetype at)
{
    at = skipSpace(at + 1);
    if (at < m_text.size() && m_text[at] == ']')
        return at + 1;
    while (at >= 0 && at < m_text.size()) {
        at = skipSpace(scanValue(skipSpace(at)));
        if (at < 0 || at >= m_text.size())
            return -1;
        if (m_text[at] == ']')
            return at + 1;
        if (m_text[at] != ',')
            return -1;
        ++at;
    }
    return -1;
}

qsizetype JsonKeyOrder::scanObject(qsizetype at)
{
    const qsizetype begin = at;
    const qsizetype index = m_objects.size();
    m_objects.append(Found { {}, begin, -1 });
    at = skipSpace(at + 1);
    QStringList keys;
    if (at < m_text.size() && m_text[at] == '}') {
        m_objects[index].end = at + 1;
        return at + 1;
    }
    while (at < m_text.size()) {
        const qsizetype keyEnd = scanString(at);
        if (keyEnd < 0)
            return -1;
        // The key as JSON decodes it (escapes included).
        const QByteArray wrapped = '[' + m_text.mid(at, keyEnd - at) + ']';
        keys << QJsonDocument::fromJson(wrapped).array().at(0).toString();
        at = skipSpace(keyEnd);
        if (at >= m_text.size() || m_text[at] != ':')
            return -1;
        at = skipSpace(scanValue(skipSpace(at + 1)));
        if (at < 0 || at >= m_text.size())
            return -1;
        if (m_text[at] == '}') {
            m_objects[index].keys = keys;
            m_objects[index].end = at + 1;
            return at + 1;
        }
        if (m_text[at] != ',')
            return -1;
        at = skipSpace(at + 1);
    }
    return -1;
}

std::optional<QStringList> JsonKeyOrder::keysOf(const QJsonObject &object) const
{
    const QStringList sorted = object.keys();
    for (const Found &found : m_objects) {
        if (found.keys.size() != sorted.size())
            continue;
        QStringList keys = found.keys;
        keys.sort();
        if (keys != sorted)
            continue;
        // Two objects with the same keys (a login form and a release form) differ in values.
        const QJsonObject candidate
            = QJsonDocument::fromJson(m_text.mid(found.begin, found.end - found.begin)).object();
        if (candidate == object)
            return found.keys;
    }
    return std::nullopt;
}

void JsonKeyOrder::restore(RequestProfile &requests) const
{
    restore(requests.login.request.body);
    for (ReleaseStepSpec &step : requests.releaseSteps)
        restore(step.request.body);
}

void JsonKeyOrder::restore(BodySpec &body) const
{
    if (body.kind == BodySpec::Kind::Json) {
        body.jsonKeyOrder.clear();
        collect(body.json, QString(), &body.jsonKeyOrder);
        return;
    }
    if (body.kind != BodySpec::Kind::Form || body.form.size() < 2)
        return;
    // The form as the reader took it (strings, numbers written as they read).
    const QStringList names = [&] {
        QStringList n;
        for (const auto &field : std::as_const(body.form))
            n << field.first;
        n.sort();
        return n;
    }();
    for (const Found &found : m_objects) {
        QStringList keys = found.keys;
        keys.sort();
        if (keys != names)
            continue;
        const QJsonObject written
            = QJsonDocument::fromJson(m_text.mid(found.begin, found.end - found.begin)).object();
        const bool same = std::all_of(body.form.cbegin(), body.form.cend(), [&](const auto &field) {
            return written.value(field.first).toVariant().toString() == field.second;
        });
        if (!same)
            continue;
        HeaderList ordered;
        for (const QString &key : found.keys) {
            const auto it = std::find_if(body.form.cbegin(), body.form.cend(),
                [&](const auto &field) { return field.first == key; });
            ordered.append(*it);
        }
        body.form = ordered;
        return;
    }
}

void JsonKeyOrder::collect(const QJsonValue &value, const QString &pointer, Orders *orders) const
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            collect(array.at(i), pointer + u'/' + QString::number(i), orders);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (const std::optional<QStringList> keys = keysOf(object))
        orders->insert(pointer, *keys);
    for (auto it = object.begin(); it != object.end(); ++it)
        collect(it.value(), pointer + u'/' + it.key(), orders);
}

QByteArray JsonKeyOrder::write(const QJsonValue &value, const Orders &orders)
{
    QByteArray out;
    write(value, QString(), orders, out);
    return out;
}

void JsonKeyOrder::write(
    const QJsonValue &value, const QString &pointer, const Orders &orders, QByteArray &out)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += '[';
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            write(array.at(i), pointer + u'/' + QString::number(i), orders, out);
        }
        out += ']';
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QStringList keys = orders.value(pointer);
        keys.removeIf([&](const QString &key) { return !object.contains(key); });
        for (const QString &key : object.keys()) {
            if (!keys.contains(key))
                keys << key; // not in the template's text: after the known ones, sorted
        }
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ',';
            write(QJsonValue(keys.at(i)), QString(), orders, out);
            out += ':';
            write(object.value(keys.at(i)), pointer + u'/' + keys.at(i), orders, out);
        }
        out += '}';
        return;
    }
    // A scalar, escaped as QJsonDocument does: inside a one-element array, brackets cut off.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    out += wrapped.mid(1, wrapped.size() - 2);
}
