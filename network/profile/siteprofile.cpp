#include "profile/siteprofile.h"

#include "profile/profileloader.h"
#include "releaseticket.h"

#include <QDir>
#include <QRegularExpression>

std::optional<SiteProfile> SiteProfile::fromJson(
    const QByteArray &json, ProfileError *error, const QString &source)
{
    return ProfileLoader::fromJson(json, error, source);
}

std::optional<SiteProfile> SiteProfile::load(const QString &pathOrName, ProfileError *error)
{
    return ProfileLoader::load(pathOrName, error);
}

QStringList SiteProfile::embeddedNames()
{
    QStringList names = QDir(QStringLiteral(":/profiles"))
                            .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (QString &name : names)
        name.chop(5); // ".json"
    return names;
}

QString SiteProfile::embeddedPath(const QString &name)
{
    if (!embeddedNames().contains(name))
        return {};
    return QStringLiteral(":/profiles/") + name + QStringLiteral(".json");
}

void SiteProfile::setBaseUrl(const QUrl &url)
{
    baseUrl = url;
    if (!baseUrl.path().endsWith(u'/'))
        baseUrl.setPath(baseUrl.path() + u'/');
}

void SiteProfile::setConcurrency(int limit)
{
    politeness.concurrency = qMax(1, limit);
    planning.concurrencyLimit = politeness.concurrency;
}

QUrl SiteProfile::resolve(const QString &relative) const
{
    return baseUrl.resolved(QUrl(relative));
}

QUrl SiteProfile::pageUrl(int page) const
{
    if (list.paging.pageTemplate.isEmpty())
        return {};
    // {offset} and {start} need the page size; without one they are those of page 1.
    const int offset = qMax(0, page - list.paging.firstPage) * list.paging.pageSize;
    return resolve(ListProfile::Paging::expand(list.paging.pageTemplate, page, offset));
}

bool SiteProfile::isSameOrigin(const QUrl &url) const
{
    const auto defaultPort
        = [](const QUrl &u) { return u.port(u.scheme() == u"https" ? 443 : 80); };
    return url.isValid() && url.scheme().compare(baseUrl.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(baseUrl.host(), Qt::CaseInsensitive) == 0
        && defaultPort(url) == defaultPort(baseUrl);
}

QString SiteProfile::expandTemplate(const QString &pattern, const ReleaseTicket &ticket)
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{([^{}]+)\})"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(pattern).mid(last, m.capturedStart() - last);
        out += ticket.field(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(pattern).mid(last);
    return out;
}

QList<QPair<QString, QString>> SiteProfile::releaseParams(const ReleaseTicket &ticket) const
{
    QList<QPair<QString, QString>> out;
    for (const auto &[key, value] : release.params)
        out.append({ key, expandTemplate(value, ticket) });
    return out;
}
