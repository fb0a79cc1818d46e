// The login dialog's "Check profile" button (profile format 2): opens a dialog that walks the
// chosen profile against the demo portal over real HTTP and shows the report; nothing released.
#include "fixture_window.h"
#include "logindialog.h"
#include "passwordstore.h"
#include "profilecheckdialog.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileCheckDialog : public QObject
{
    Q_OBJECT
private slots:
    void checkFromLoginDialog_data();
    void checkFromLoginDialog();
};

void TestProfileCheckDialog::checkFromLoginDialog_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("problems");
    QTest::addColumn<QString>("shown");
    QTest::newRow("good") << u"demo"_s << 0 << u"would send (not sent): GET"_s;
    QTest::newRow("wrong password") << u"wrong"_s << 1 << u"check the user and password"_s;
}

void TestProfileCheckDialog::checkFromLoginDialog()
{
    QFETCH(QString, password);
    QFETCH(int, problems);
    QFETCH(QString, shown);
    QTemporaryDir dir;
    WindowFixture::isolate(dir);
    PortalConfig config;
    config.tickets = 30;
    const auto portal = WindowFixture::startPortal(config);
    QVERIFY(portal);

    PasswordStore passwords;
    LoginDialog login(&passwords);
    login.setRequest(WindowFixture::loginFor(*portal, password));
    login.show();
    auto *button = login.findChild<QPushButton *>(u"checkProfileButton"_s);
    QVERIFY(button);
    button->click();
    auto *dialog = login.findChild<ProfileCheckDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy finished(dialog, &ProfileCheckDialog::checkFinished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toInt(), problems);
    QVERIFY2(dialog->reportText().contains(shown), qPrintable(dialog->reportText()));
    QVERIFY(!dialog->reportText().contains(password == u"demo"_s ? u"password=demo"_s : password));
    QCOMPARE(WindowFixture::releaseCalls(*portal), 0);
}

QTEST_MAIN(TestProfileCheckDialog)
#include "tst_profilecheckdialog.moc"
