// The login dialog lists the site profiles installed with the package (and the user's
// own) after the built-in ones, and picking one loads it.
#include "fixture_window.h"
#include "logindialog.h"
#include "passwordstore.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLoginDialogProfiles : public QObject
{
    Q_OBJECT
private slots:
    void listsInstalledProfiles();
};

void TestLoginDialogProfiles::listsInstalledProfiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    WindowFixture::isolate(dir);
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(u"home"_s)));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(dir.filePath(u"usr"_s)));
    // An installed profile: the built-in demo profile under another name and address.
    QFile demo(u":/profiles/demo-en.json"_s);
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const QString installed = dir.filePath(u"usr/releasedesk/profiles/examples/acme.json"_s);
    QVERIFY(QDir().mkpath(QFileInfo(installed).path()));
    QFile file(installed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(demo.readAll().replace("127.0.0.1", "192.0.2.7"));
    file.close();

    PasswordStore passwords;
    LoginDialog dialog(&passwords);
    auto *combo = dialog.findChild<QComboBox *>(u"profileCombo"_s);
    QVERIFY(combo);
    const int index = combo->findData(installed);
    QVERIFY2(index >= 0, "the installed profile is not listed");
    QCOMPARE(combo->itemText(index), u"acme (installed)"_s);
    QCOMPARE(index, LoginDialog::embeddedProfiles().size()); // right after the built-in ones

    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(dialog.request().profilePath, installed);
    QVERIFY(dialog.findChild<QLineEdit *>(u"baseUrlEdit"_s)->text().contains(u"192.0.2.7"_s));
}

QTEST_MAIN(TestLoginDialogProfiles)
#include "tst_logindialogprofiles.moc"
