#pragma once

#include "profile/requestspec.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// QJsonObject keeps its keys sorted, so a profile's form fields and JSON body would go out in
// alphabetical order. Browsers send a form's fields in document order, and some legacy servers
// read them by position; the order the profile file gives is the one to keep. This reads the
// key order of every object from the profile's text and puts it back into the request bodies.
class JsonKeyOrder final
{
public:
    // Key orders by JSON pointer inside a body template ("" the root, "/a/0/b" deeper).
    using Orders = QHash<QString, QStringList>;

    explicit JsonKeyOrder(const QByteArray &text); // text: valid JSON (already parsed once)

    // The keys of the object in the text equal to object, in the text's order.
    std::optional<QStringList> keysOf(const QJsonObject &object) const;

    // Puts the text's order back into every body of the request side.
    void restore(RequestProfile &requests) const;

    // Compact JSON like QJsonDocument's, with each object's keys in orders[pointer] first.
    static QByteArray write(const QJsonValue &value, const Orders &orders);

private:
    struct Found
    {
        QStringList keys; // in the text's order
        qsizetype begin = 0;
        qsizetype end = 0; // one past the closing brace
    };

    void restore(BodySpec &body) const;
    void collect(const QJsonValue &value, const QString &pointer, Orders *orders) const;
    qsizetype scanValue(qsizetype at);
    qsizetype scanObject(qsizetype at);
    qsizetype scanArray(qsizetype at);
    qsizetype scanString(qsizetype at) const;
    qsizetype skipSpace(qsizetype at) const;
    static void write(const QJsonValue &value, const QString &pointer, const Orders &orders,
        QByteArray &out);

    QByteArray m_text;
    QList<Found> m_objects;
};
