#include "profile/objectreader.h"

#include <QJsonArray>

ObjectReader::ObjectReader(const QJsonObject &object, QString path, QStringList *problems)
    : m_object(object)
    , m_path(std::move(path))
    , m_problems(problems)
{
}

ObjectReader::~ObjectReader()
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!m_seen.contains(it.key()))
            m_problems->append(at(it.key()) + u": " + tr("unknown key"));
    }
}

QString ObjectReader::at(const QString &key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void ObjectReader::fail(const QString &key, const QString &what)
{
    m_problems->append(at(key) + u": " + what);
}

QJsonValue ObjectReader::value(const QString &key)
{
    m_seen.insert(key);
    return m_object.value(key);
}

void ObjectReader::string(const QString &key, QString &out, bool required, bool nonEmpty)
{
    const QJsonValue v = value(key);
    if (v.isUndefined()) {
        if (required)
            fail(key, tr("missing (a non-empty string is required)"));
        return;
    }
    if (!v.isString() || (nonEmpty && v.toString().trimmed().isEmpty())) {
        fail(key, tr("must be a non-empty string"));
        return;
    }
    out = v.toString();
}

void ObjectReader::boolean(const QString &key, bool &out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return;
    if (!v.isBool()) {
        fail(key, tr("must be true or false"));
        return;
    }
    out = v.toBool();
}

std::optional<qint64> ObjectReader::wholeNumber(const QString &key, qint64 min, qint64 max)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return std::nullopt;
    const double d = v.toDouble(-1e300);
    // The range first: converting a double beyond qint64 (1e52) is undefined behaviour.
    if (!v.isDouble() || d < double(min) || d > double(max) || d != double(qint64(d))) {
        fail(key, tr("must be a whole number from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }
    return qint64(d);
}

void ObjectReader::integer(const QString &key, int &out, qint64 min, qint64 max)
{
    if (const auto n = wholeNumber(key, min, max))
        out = int(*n);
}

void ObjectReader::integer(const QString &key, qint64 &out, qint64 min, qint64 max)
{
    if (const auto n = wholeNumber(key, min, max))
        out = *n;
}

void ObjectReader::strings(const QString &key, QStringList &out, bool nonEmpty)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return;
    if (v.isString()) {
        out = QStringList { v.toString() };
        return;
    }
    if (!v.isArray()) {
        fail(key, tr("must be a list of strings"));
        return;
    }
    QStringList list;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            m_problems->append(at(key) + QStringLiteral("[%1]: ").arg(i) + tr("must be a string"));
            return;
        }
        list.append(array.at(i).toString());
    }
    if (nonEmpty && list.isEmpty()) {
        fail(key, tr("must not be empty"));
        return;
    }
    out = list;
}

void ObjectReader::ints(const QString &key, QList<int> &out)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return;
    if (!v.isDouble() && !v.isArray()) {
        fail(key, tr("must be a list of HTTP status codes"));
        return;
    }
    const QJsonArray array = v.isDouble() ? QJsonArray { v } : v.toArray();
    QList<int> list;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int code = array.at(i).toInt(-1);
        if (code < 100 || code > 599) {
            m_problems->append(at(key) + QStringLiteral("[%1]: ").arg(i)
                + tr("must be an HTTP status code (100-599)"));
            return;
        }
        list.append(code);
    }
    out = list;
}

void ObjectReader::stringMap(const QString &key, QList<QPair<QString, QString>> &out)
{
    const auto map = object(key);
    if (!map)
        return;
    for (auto it = map->begin(); it != map->end(); ++it) {
        if (!it.value().isString())
            m_problems->append(at(key) + u'.' + it.key() + u": " + tr("must be a string"));
        else
            out.append({ it.key(), it.value().toString() });
    }
}

std::optional<QJsonObject> ObjectReader::object(const QString &key)
{
    const QJsonValue v = value(key);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        fail(key, tr("must be an object"));
        return std::nullopt;
    }
    return v.toObject();
}
