#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Reads one JSON object of a profile while recording every problem with its full field path.
// Keys that are read are ticked off, so whatever is left when the reader goes out of scope is an
// unknown key (usually a typo) and reported as such. Every section parser works through one.
class ObjectReader final
{
    Q_DECLARE_TR_FUNCTIONS(ObjectReader)

public:
    ObjectReader(const QJsonObject &object, QString path, QStringList *problems);
    ~ObjectReader();
    Q_DISABLE_COPY_MOVE(ObjectReader)

    QString at(const QString &key) const; // "list.paging" + "total" -> "list.paging.total"
    bool has(const QString &key) const { return m_object.contains(key); }
    void fail(const QString &key, const QString &what);
    QStringList *problems() const { return m_problems; }

    QJsonValue value(const QString &key); // marks the key as read

    void string(const QString &key, QString &out, bool required = false, bool nonEmpty = true);
    void boolean(const QString &key, bool &out);
    void integer(const QString &key, int &out, qint64 min, qint64 max);
    void integer(const QString &key, qint64 &out, qint64 min, qint64 max);
    // A list of strings; one string is a list of one (friendlier for hand-written files).
    void strings(const QString &key, QStringList &out, bool nonEmpty = false);
    void ints(const QString &key, QList<int> &out); // HTTP status codes
    // A map of string to string ("fields", "params", "map"), in the file's key order.
    void stringMap(const QString &key, QList<QPair<QString, QString>> &out);
    // An optional nested object; nullopt (and a problem when present but not an object).
    std::optional<QJsonObject> object(const QString &key);

private:
    std::optional<qint64> wholeNumber(const QString &key, qint64 min, qint64 max);

    QJsonObject m_object;
    QString m_path;
    QStringList *m_problems;
    QSet<QString> m_seen;
};
