// The site profiles a package installs (/usr/share/releasedesk/profiles, examples/
// included) and the user's own are found under the XDG data directories; an installed copy of a
// built-in profile is not listed twice.
#include "profile/installedprofiles.h"
#include "profile/siteprofile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestInstalledProfiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void findsUserAndPackageProfiles();
    void nothingInstalled();

private:
    QString write(const QString &path, const QByteArray &contents);
    QTemporaryDir m_dir;
};

QString TestInstalledProfiles::write(const QString &path, const QByteArray &contents)
{
    const QString full = m_dir.filePath(path);
    QDir().mkpath(QFileInfo(full).path());
    QFile file(full);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(full));
    return full;
}

void TestInstalledProfiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"home"_s)));
    // The package's folder named twice, as a careless XDG_DATA_DIRS may: still listed once.
    const QByteArray usr = QFile::encodeName(m_dir.filePath(u"usr"_s));
    qputenv("XDG_DATA_DIRS", usr + ':' + usr);
}

void TestInstalledProfiles::findsUserAndPackageProfiles()
{
    QFile builtIn(SiteProfile::embeddedPath(u"demo"_s));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    const QByteArray demo = builtIn.readAll();

    const QString mine = write(u"home/releasedesk/profiles/my-portal.json"_s, "{}");
    write(u"usr/releasedesk/profiles/demo.json"_s, demo); // the package's copy of a built-in
    const QString edited = write(u"usr/releasedesk/profiles/demo-en.json"_s, "{ \"edited\": 1 }");
    const QString example = write(u"usr/releasedesk/profiles/examples/acme.json"_s, "{}");
    write(u"usr/releasedesk/profiles/examples/acme-queue.html"_s, "<html/>");

    QCOMPARE(InstalledProfiles::paths(), (QStringList { mine, edited, example }));
}

void TestInstalledProfiles::nothingInstalled()
{
    QVERIFY(QDir(m_dir.filePath(u"home"_s)).removeRecursively());
    QVERIFY(QDir(m_dir.filePath(u"usr"_s)).removeRecursively());
    QVERIFY(InstalledProfiles::paths().isEmpty());
}

QTEST_GUILESS_MAIN(TestInstalledProfiles)
#include "tst_installedprofiles.moc"
