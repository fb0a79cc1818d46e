#include "logging.h"

#include <QTest>

class TestLogging final : public QObject
{
    Q_OBJECT
private slots:
    void redactsSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("query token") << QStringLiteral("GET /release?id=7&token=abc123&app=x")
                                     << QStringLiteral("GET /release?id=7&token=***&app=x");
        QTest::newRow("form body") << QStringLiteral("username=demo&password=hunter2&csrf_token=zz")
                                   << QStringLiteral("username=demo&password=***&csrf_token=***");
        QTest::newRow("cookie header") << QStringLiteral("Cookie: RDSESSION=deadbeef")
                                       << QStringLiteral("Cookie: ***");
        QTest::newRow("set-cookie header")
            << QStringLiteral("Set-Cookie: RDSESSION=1; HttpOnly") << QStringLiteral("Set-Cookie: ***");
        QTest::newRow("harmless") << QStringLiteral("GET /tickets?page=3")
                                  << QStringLiteral("GET /tickets?page=3");
    }
    void redactsSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
