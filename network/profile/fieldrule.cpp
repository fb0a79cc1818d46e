#include "profile/fieldrule.h"

QString FieldRule::mapped(const QString &value) const
{
    QString out = value.trimmed();
    if (!out.isEmpty() && !map.isEmpty()) {
        const QString *any = nullptr;
        bool matched = false;
        for (const auto &[from, to] : map) {
            if (from == u"*") {
                any = &to;
            } else if (out.compare(from.trimmed(), Qt::CaseInsensitive) == 0) {
                out = to;
                matched = true;
                break;
            }
        }
        if (!matched && any)
            out = *any;
    }
    if (out.isEmpty() && hasDefault)
        out = defaultValue;
    return out;
}
