#include "faultset.h"

using namespace Qt::StringLiterals;

namespace {

struct FaultName
{
    PortalFault fault;
    QLatin1String name;
};

constexpr FaultName faultNames[] = {
    { PortalFault::ReleaseDropAfterRead, "release-drop-after-read"_L1 },
    { PortalFault::ReleaseDropBefore, "release-drop-before"_L1 },
    { PortalFault::Release500, "release-500"_L1 },
    { PortalFault::ReleaseGarbage, "release-garbage"_L1 },
    { PortalFault::ReleaseStall, "release-stall"_L1 },
    { PortalFault::ReleaseLoginRedirect, "release-login-redirect"_L1 },
    { PortalFault::ReleaseActThenLoginRedirect, "release-act-then-login-redirect"_L1 },
    { PortalFault::Page500, "page-500"_L1 },
    { PortalFault::PageGarbage, "page-garbage"_L1 },
    { PortalFault::PageStall, "page-stall"_L1 },
    { PortalFault::Page429, "page-429"_L1 },
};

} // namespace

QString FaultSet::name(PortalFault fault)
{
    for (const FaultName &entry : faultNames) {
        if (entry.fault == fault)
            return entry.name;
    }
    return {};
}

std::optional<FaultSet::Entry> FaultSet::parse(const QString &spec, QString *error)
{
    QString rest = spec.trimmed();
    Entry entry { PortalFault::Page500 };
    bool ok = true;
    const qsizetype colon = rest.indexOf(u':');
    if (colon >= 0) {
        entry.remaining = rest.mid(colon + 1).toInt(&ok);
        rest.truncate(colon);
        if (!ok || entry.remaining < 1) {
            *error
                = u"bad count in fault \"%1\" (want NAME[@TARGET][:COUNT], COUNT >= 1)"_s.arg(spec);
            return std::nullopt;
        }
    }
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        entry.target = rest.mid(at + 1).toInt(&ok);
        rest.truncate(at);
        if (!ok || entry.target < 0) {
            *error = u"bad target in fault \"%1\" (want NAME[@TARGET][:COUNT])"_s.arg(spec);
            return std::nullopt;
        }
    }
    for (const FaultName &known : faultNames) {
        if (rest == known.name) {
            entry.fault = known.fault;
            return entry;
        }
    }
    QStringList names;
    for (const FaultName &known : faultNames)
        names.append(known.name);
    *error = u"unknown fault \"%1\" (known: %2)"_s.arg(spec, names.join(u", "_s));
    return std::nullopt;
}

QString FaultSet::setSpecs(const QStringList &specs)
{
    QList<Entry> entries;
    for (const QString &spec : specs) {
        QString error;
        const auto entry = parse(spec, &error);
        if (!entry)
            return error;
        entries.append(*entry);
    }
    m_entries = entries;
    return {};
}

QString FaultSet::addSpec(const QString &spec)
{
    QString error;
    const auto entry = parse(spec, &error);
    if (entry)
        m_entries.append(*entry);
    return error;
}

QStringList FaultSet::specs() const
{
    QStringList result;
    for (const Entry &entry : m_entries) {
        QString spec = name(entry.fault);
        if (entry.target >= 0)
            spec += u'@' + QString::number(entry.target);
        if (entry.remaining >= 0)
            spec += u':' + QString::number(entry.remaining);
        result.append(spec);
    }
    return result;
}

std::optional<PortalFault> FaultSet::take(std::initializer_list<PortalFault> kinds, int target)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        if (std::find(kinds.begin(), kinds.end(), entry.fault) == kinds.end())
            continue;
        if (entry.target >= 0 && entry.target != target)
            continue;
        const PortalFault fault = entry.fault;
        if (entry.remaining > 0 && --entry.remaining == 0)
            m_entries.removeAt(i);
        return fault;
    }
    return std::nullopt;
}
