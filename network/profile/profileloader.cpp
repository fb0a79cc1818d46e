#include "profile/profileloader.h"

#include "http/charset.h"
#include "logging.h"
#include "profile/listsection.h"
#include "profile/loginsection.h"
#include "profile/objectreader.h"
#include "profile/releasesection.h"
#include "profile/requestsections.h"
#include "profile/settingssection.h"
#include "profile/siteprofile.h"

#include <QFile>
#include "profile/jsonkeyorder.h"

#include <QJsonDocument>
#include <QJsonObject>

std::optional<SiteProfile> ProfileLoader::fromJson(
    const QByteArray &json, ProfileError *error, const QString &source)
{
    ProfileError local;
    ProfileError &err = error ? *error : local;
    err.source = source;
    err.problems.clear();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column make a hand-edited file fixable.
        const QByteArray head = json.left(parseError.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(parseError.offset - (head.lastIndexOf('\n') + 1)) + 1;
        err.problems.append(QStringLiteral("(file): ")
            + tr("not valid JSON at line %1, column %2: %3")
                  .arg(line)
                  .arg(column)
                  .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        err.problems.append(QStringLiteral("(file): ") + tr("must hold a JSON object"));
        return std::nullopt;
    }

    SiteProfile profile;
    readTopLevel(doc.object(), profile, &err.problems);
    profile.planning.concurrencyLimit = profile.politeness.concurrency;
    JsonKeyOrder(json).restore(profile.requests);
    if (err.problems.isEmpty())
        RequestSections::check(profile, &err.problems);
    if (!err.problems.isEmpty()) {
        qCInfo(lcProfile).noquote() << "profile rejected:" << err.text();
        return std::nullopt;
    }
    return profile;
}

void ProfileLoader::readTopLevel(
    const QJsonObject &object, SiteProfile &profile, QStringList *problems)
{
    ObjectReader r(object, QString(), problems);
    profile.format = 0;
    r.integer(QStringLiteral("format"), profile.format, 0, 1000);
    if (!r.has(QStringLiteral("format"))) {
        r.fail(QStringLiteral("format"), tr("missing (must be 1 or 2)"));
    } else if (profile.format < oldestFormat || profile.format > newestFormat) {
        r.fail(QStringLiteral("format"),
            tr("version %1 is not supported (this ReleaseDesk reads 1 and 2)").arg(profile.format));
    }
    // Sections are still read with an unknown format, as format 1, so that every other problem
    // of the file is reported at once.
    if (profile.format < oldestFormat || profile.format > newestFormat)
        profile.format = oldestFormat;
    r.string(QStringLiteral("name"), profile.name, true);
    QString base;
    r.string(QStringLiteral("base_url"), base, true);
    if (!base.isEmpty()) {
        const QUrl url(base, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
            || url.host().isEmpty())
            r.fail(QStringLiteral("base_url"),
                tr("must be an absolute http:// or https:// URL, not \"%1\"").arg(base));
        else
            profile.setBaseUrl(url);
    }
    if (profile.format >= 2) {
        r.string(QStringLiteral("encoding"), profile.encoding);
        if (!profile.encoding.isEmpty() && !Charset::isSupported(profile.encoding))
            r.fail(QStringLiteral("encoding"),
                tr("\"%1\" is not a character set this ReleaseDesk can decode").arg(profile.encoding));
        profile.encoding = Charset::canonical(profile.encoding);
    }
    SettingsSection::readTls(r, profile);
    LoginSection::read(r, profile);
    ListSection::read(r, profile);
    ReleaseSection::read(r, profile);
    SettingsSection::readPlanning(r, profile);
    SettingsSection::readPoliteness(r, profile);
    RequestSections::readTopLevel(r, profile);
}

std::optional<SiteProfile> ProfileLoader::load(const QString &pathOrName, ProfileError *error)
{
    ProfileError local;
    ProfileError &err = error ? *error : local;
    const QString embedded = SiteProfile::embeddedPath(pathOrName);
    const QString path = embedded.isEmpty() ? pathOrName : embedded;
    err.source = path;
    err.problems.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err.problems.append(
            QStringLiteral("(file): ") + tr("cannot be read: %1").arg(file.errorString()));
        return std::nullopt;
    }
    return fromJson(file.readAll(), &err, path);
}
