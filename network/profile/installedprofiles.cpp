#include "profile/installedprofiles.h"

#include "profile/siteprofile.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace {

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isCopyOfBuiltIn(const QString &path)
{
    const QString builtIn = SiteProfile::embeddedPath(QFileInfo(path).completeBaseName());
    return !builtIn.isEmpty() && contentsOf(path) == contentsOf(builtIn);
}

} // namespace

QString InstalledProfiles::subfolder()
{
    return QStringLiteral("releasedesk/profiles");
}

QStringList InstalledProfiles::paths()
{
    QStringList found;
    QSet<QString> seen; // the same folder can be named twice in XDG_DATA_DIRS
    const QStringList folders = QStandardPaths::locateAll(
        QStandardPaths::GenericDataLocation, subfolder(), QStandardPaths::LocateDirectory);
    for (const QString &folder : folders) {
        QStringList inFolder;
        QDirIterator it(folder, { QStringLiteral("*.json") }, QDir::Files | QDir::Readable,
            QDirIterator::Subdirectories);
        while (it.hasNext())
            inFolder << it.next();
        inFolder.sort();
        for (const QString &path : std::as_const(inFolder)) {
            const QString canonical = QFileInfo(path).canonicalFilePath();
            if (seen.contains(canonical) || isCopyOfBuiltIn(path))
                continue;
            seen.insert(canonical);
            found << path;
        }
    }
    return found;
}
