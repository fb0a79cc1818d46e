#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

// The demo portal's bad days, each switched on by name (see docs/demo-portal.md).
enum class PortalFault {
    ReleaseDropAfterRead, // perform the release, then close without answering
    ReleaseDropBefore, // close right after reading the request; nothing released
    Release500,
    ReleaseGarbage, // release performed, 200 with broken HTML saying neither success nor failure
    ReleaseStall, // release performed, the answer never comes, the socket stays open
    ReleaseLoginRedirect, // the flavour's expired-session answer; nothing released
    ReleaseActThenLoginRedirect, // release performed, then the expired-session answer
    Page500,
    PageGarbage,
    PageStall,
    Page429,
};

// The armed faults. A spec is NAME[@TARGET][:COUNT]: TARGET limits a page fault to one page
// number and a release fault to one ticket id; COUNT limits it to the next COUNT matching
// requests, after which it disarms itself.
class FaultSet
{
public:
    // Replaces every armed fault; on a bad spec nothing changes and the error names it.
    QString setSpecs(const QStringList &specs);
    QString addSpec(const QString &spec);
    void clear() { m_entries.clear(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // The armed faults as specs, counts showing what is left.
    QStringList specs() const;

    // Uses up one request's worth of the first armed fault among kinds that matches target.
    std::optional<PortalFault> take(std::initializer_list<PortalFault> kinds, int target);

    static QString name(PortalFault fault);

private:
    struct Entry
    {
        PortalFault fault;
        int target = -1; // -1: any page / ticket
        int remaining = -1; // -1: unlimited
    };
    static std::optional<Entry> parse(const QString &spec, QString *error);

    QList<Entry> m_entries;
};
