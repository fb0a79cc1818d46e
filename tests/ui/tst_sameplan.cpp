// One plan for one portal's data: the window and `releasedesk-cli release
// --plan-only` plan the same tickets into the same batches, launch after launch, whatever order
// the pages arrive in and whatever hash seed each process has.
#include "fixture_window.h"

#include "mainwindow.h"
#include "planmodel.h"
#include "releaseworkflow.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowFixture;

namespace {

// "kind:id,id,...", one entry per batch, in plan order.
QStringList batchesOf(const ReleasePlan &plan)
{
    QStringList batches;
    for (const PlanBatch &batch : plan.batches)
        batches << PlanBatch::kindName(batch.kind) + u':' + batch.ticketIds.join(u',');
    return batches;
}

QStringList batchesOfCliOutput(const QString &output)
{
    static const QRegularExpression batchLine(uR"(^\s+Batch \d+ \((\w+), \d+\):$)"_s);
    static const QRegularExpression ticketLine(uR"(^\s+#(\S+)\s)"_s);
    QStringList batches;
    QString kind;
    QStringList ids;
    const auto flush = [&] {
        if (!kind.isEmpty())
            batches << kind + u':' + ids.join(u',');
        ids.clear();
    };
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(u"Held back") || line.startsWith(u"Requests that would"))
            break;
        if (const auto m = batchLine.match(line); m.hasMatch()) {
            flush();
            kind = m.captured(1);
        } else if (const auto t = ticketLine.match(line); t.hasMatch() && !kind.isEmpty()) {
            ids << t.captured(1);
        }
    }
    flush();
    return batches;
}

} // namespace

class TestSamePlan final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cli = QStringLiteral(QT_TESTCASE_BUILDDIR "/../app/releasedesk-cli");

    QStringList windowPlan(const DemoPortal &portal)
    {
        auto window = makeWindow(m_dir);
        if (!connectAndScrape(*window, portal))
            return {};
        return batchesOf(window->controller()->plan()->plan());
    }

    QStringList cliPlan(const DemoPortal &portal)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"RELEASEDESK_PASSWORD"_s, u"demo"_s);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(m_cli,
            { u"release"_s, u"--profile"_s, u"demo"_s, u"--base-url"_s,
                portal.baseUrl().toString(), u"--user"_s, u"demo"_s, u"--plan-only"_s,
                u"--history"_s, m_dir.filePath(u"cli.sqlite"_s) });
        if (!finished.wait(120000) || process.exitCode() != 0)
            return { QString::fromUtf8(process.readAllStandardError()) };
        return batchesOfCliOutput(QString::fromUtf8(process.readAllStandardOutput()));
    }

private slots:
    void initTestCase()
    {
        isolate(m_dir);
        if (!QFileInfo::exists(m_cli))
            QSKIP("releasedesk-cli is not built next to the tests");
    }

    void windowAndCliPlanAlikeOnEveryLaunch()
    {
        PortalConfig config;
        config.tickets = 240;
        config.pageSize = 20;
        config.latencyMs = 20;
        config.jitter = 0.9; // pages finish in another order each time
        auto portal = startPortal(config);
        const QStringList first = windowPlan(*portal);
        QVERIFY(first.size() > 3);
        QCOMPARE(windowPlan(*portal), first);
        QCOMPARE(cliPlan(*portal), first);
        QCOMPARE(cliPlan(*portal), first);
    }
};

QTEST_MAIN(TestSamePlan)
#include "tst_sameplan.moc"
