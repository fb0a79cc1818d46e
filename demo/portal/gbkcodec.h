#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// GBK ⇄ Unicode through glibc's iconv. Qt 6.4's QStringConverter knows no GBK by name, and the
// demo portal must not borrow the network layer's converters (it depends on nothing of ours).
class GbkCodec
{
public:
    // Characters GBK cannot hold become '?'.
    static QByteArray encode(const QString &text);
    // nullopt when the bytes are not valid GBK.
    static std::optional<QString> decode(const QByteArray &bytes);
};
