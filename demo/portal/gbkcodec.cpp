#include "gbkcodec.h"

#include <cerrno>
#include <iconv.h>

namespace {

// One conversion descriptor per direction and thread: iconv_open costs a module lookup, and a
// descriptor must not be shared between threads (tests run portals on several threads).
class Converter
{
public:
    Converter(const char *to, const char *from)
        : m_handle(iconv_open(to, from))
    {
    }
    ~Converter()
    {
        if (m_handle != iconv_t(-1))
            iconv_close(m_handle);
    }
    Converter(const Converter &) = delete;
    Converter &operator=(const Converter &) = delete;

    // Converts all of input; false on an invalid or unconvertible sequence.
    bool convert(const QByteArray &input, QByteArray *output) const
    {
        if (m_handle == iconv_t(-1))
            return false;
        iconv(m_handle, nullptr, nullptr, nullptr, nullptr); // back to the initial state
        output->resize(input.size() * 2 + 16);
        char *in = const_cast<char *>(input.constData());
        size_t inLeft = size_t(input.size());
        char *out = output->data();
        size_t outLeft = size_t(output->size());
        while (inLeft > 0) {
            if (iconv(m_handle, &in, &inLeft, &out, &outLeft) != size_t(-1))
                continue;
            if (errno != E2BIG)
                return false;
            const qsizetype used = out - output->data();
            output->resize(output->size() * 2);
            out = output->data() + used;
            outLeft = size_t(output->size() - used);
        }
        output->truncate(out - output->data());
        return true;
    }

private:
    iconv_t m_handle;
};

} // namespace

QByteArray GbkCodec::encode(const QString &text)
{
    thread_local const Converter toGbk("GBK", "UTF-8");
    QByteArray result;
    if (toGbk.convert(text.toUtf8(), &result))
        return result;
    // Rare (a character outside GBK): convert character by character, '?' for the misfits.
    result.clear();
    for (const QChar c : text) {
        QByteArray piece;
        result += toGbk.convert(QString(c).toUtf8(), &piece) ? piece : QByteArray("?");
    }
    return result;
}

std::optional<QString> GbkCodec::decode(const QByteArray &bytes)
{
    thread_local const Converter fromGbk("UTF-8", "GBK");
    QByteArray utf8;
    if (!fromGbk.convert(bytes, &utf8))
        return std::nullopt;
    return QString::fromUtf8(utf8);
}
