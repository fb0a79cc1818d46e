// The window logs in, scrapes and releases on each flavour of the demo portal (classic,
// spa, legacy, and legacy over HTTPS with a certificate made at test time), driven as a person
// would: the embedded profile chosen in the login dialog, the credentials typed (a Chinese
// password, sent as GBK bytes on legacy), the list read, every batch approved in the approval
// dialog, the run started and left to finish. The ticket table equals the portal's /_tickets;
// the portal's audit shows every releasable ticket released exactly once, no duplicate, no
// violation; the window's summary and the history say the same.
#include "fixture_window.h"

#include "approvaldialog.h"
#include "countsbar.h"
#include "historydialog.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "planmodel.h"
#include "releaseworkflow.h"
#include "runsummarypanel.h"
#include "ticketpanel.h"
#include "tickettablemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace WindowFixture;

namespace {

constexpr int timeout = 120000; // generous: other tests may share the two cores

const QString chinesePassword = u"发布@2024"_s;

// A self-signed certificate for 127.0.0.1, made by the openssl command; "" or an error.
QString makeCertificate(const QString &dir)
{
    QProcess openssl;
    // An EC key: made in milliseconds, where RSA keys take a noticeable while.
    openssl.start(u"openssl"_s,
        { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
            u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, dir + u"/key.pem"_s,
            u"-out"_s, dir + u"/cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
            u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s });
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return u"openssl failed: "_s + QString::fromLocal8Bit(openssl.readAllStandardError())
            + openssl.errorString();
    return {};
}

// The portal's own truth, read over HTTP like any client would (/_tickets is the classic JSON
// list of every ticket, whatever the flavour).
QJsonArray portalTickets(const DemoPortal &portal, const QString &caFile)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(portal.baseUrl().resolved(QUrl(u"/_tickets"_s)));
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(caFile);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = manager.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(timeout))
        return {};
    const QJsonArray items
        = QJsonDocument::fromJson(reply->readAll()).object().value(u"items"_s).toArray();
    reply->deleteLater();
    return items;
}

// Field by field, every field a flavour shows: the status word is each flavour's own, so it is
// compared through what it means (pending or not).
QString compareWithPortal(QList<ReleaseTicket> shown, const QJsonArray &truth)
{
    if (shown.size() != truth.size())
        return u"%1 tickets shown, the portal has %2"_s.arg(shown.size()).arg(truth.size());
    std::sort(shown.begin(), shown.end(),
        [](const ReleaseTicket &a, const ReleaseTicket &b) { return a.id.toInt() < b.id.toInt(); });
    QList<QJsonObject> portal;
    for (const QJsonValue &item : truth)
        portal << item.toObject();
    std::sort(portal.begin(), portal.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"id"_s).toInt() < b.value(u"id"_s).toInt();
    });
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const ReleaseTicket &t = shown.at(i);
        const QJsonObject &p = portal.at(i);
        QStringList dependencies;
        for (const QJsonValue &d : p.value(u"depends_on"_s).toArray())
            dependencies << QString::number(d.toInt());
        const QList<QPair<QString, QPair<QString, QString>>> fields {
            { u"id"_s, { t.id, QString::number(p.value(u"id"_s).toInt()) } },
            { u"application"_s, { t.application, p.value(u"app"_s).toString() } },
            { u"version"_s, { t.version, p.value(u"version"_s).toString() } },
            { u"environment"_s, { t.environment, p.value(u"env"_s).toString() } },
            { u"submitter"_s, { t.submitter, p.value(u"submitter"_s).toString() } },
            { u"dependencies"_s, { t.dependencies.join(u','), dependencies.join(u',') } },
            { u"concurrent"_s,
                { t.concurrent ? u"true"_s : u"false"_s,
                    p.value(u"concurrent"_s).toBool() ? u"true"_s : u"false"_s } },
            { u"pending"_s,
                { t.pendingOnPortal ? u"true"_s : u"false"_s,
                    p.value(u"status"_s).toString() == u"pending" ? u"true"_s : u"false"_s } },
        };
        for (const auto &[name, values] : fields) {
            if (values.first != values.second)
                return u"ticket %1, %2: shown \"%3\", portal \"%4\""_s.arg(
                    t.id, name, values.first, values.second);
        }
    }
    return {};
}

// Types text key by key as a person would; QTest::keyClicks takes Latin-1 only, so other
// characters (an input method's commit) go as key events carrying their text.
void typeInto(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

ApprovalDialog *newestApprovalDialog(MainWindow &window)
{
    const QList<ApprovalDialog *> dialogs = window.findChildren<ApprovalDialog *>();
    return dialogs.isEmpty() ? nullptr : dialogs.last();
}

} // namespace

class TestFlavourWindow final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolate(m_dir);
        // Profiles the person installed: only the HTTPS row adds one.
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"home"_s)));
        qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dir.filePath(u"usr"_s)));
    }

    void logsInScrapesAndReleases_data()
    {
        QTest::addColumn<int>("flavor");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("https");
        QTest::newRow("classic") << int(PortalFlavor::Classic) << u"demo"_s << false;
        QTest::newRow("spa") << int(PortalFlavor::Spa) << u"demo-spa"_s << false;
        QTest::newRow("legacy") << int(PortalFlavor::Legacy) << u"demo-legacy"_s << false;
        QTest::newRow("legacy over HTTPS") << int(PortalFlavor::Legacy) << u"demo-legacy"_s << true;
    }

    void logsInScrapesAndReleases()
    {
        QFETCH(int, flavor);
        QFETCH(QString, profile);
        QFETCH(bool, https);

        PortalConfig config;
        config.flavor = PortalFlavor(flavor);
        config.tickets = 45;
        config.pageSize = 15; // the legacy profile's page size; three pages on every flavour
        config.seed = 13;
        config.password = chinesePassword;
        config.releaseLatencyMs = 10;
        DemoPortal portal(config);
        QString profilePath = SiteProfile::embeddedPath(profile);
        QString caFile;
        if (https) {
            const QString error = makeCertificate(m_dir.path());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            caFile = m_dir.filePath(u"cert.pem"_s);
            QCOMPARE(portal.useTls(caFile, m_dir.filePath(u"key.pem"_s)), QString());
            // The embedded profile, installed by the person with their company's CA added.
            QFile embedded(profilePath);
            QVERIFY(embedded.open(QIODevice::ReadOnly));
            QJsonObject json = QJsonDocument::fromJson(embedded.readAll()).object();
            json.insert(u"tls"_s, QJsonObject { { u"verify"_s, true }, { u"ca_file"_s, caFile } });
            profilePath = m_dir.filePath(u"home/releasedesk/profiles/legacy-tls.json"_s);
            QVERIFY(QDir().mkpath(QFileInfo(profilePath).path()));
            QFile installed(profilePath);
            QVERIFY(installed.open(QIODevice::WriteOnly));
            installed.write(QJsonDocument(json).toJson());
        }
        QVERIFY2(portal.listen(), qPrintable(portal.errorString()));
        QCOMPARE(portal.baseUrl().scheme(), https ? u"https"_s : u"http"_s);

        auto window = makeWindow(m_dir);
        ReleaseWorkflow *workflow = window->controller();

        // Log in through the dialog: pick the profile, type the address and the credentials.
        QPointer<LoginDialog> dialog = window->openLoginDialog();
        auto *combo = dialog->findChild<QComboBox *>(u"profileCombo"_s);
        const int index = combo->findData(profilePath);
        QVERIFY2(index >= 0, qPrintable(profilePath));
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
        auto *baseUrl = dialog->findChild<QLineEdit *>(u"baseUrlEdit"_s);
        baseUrl->clear();
        typeInto(baseUrl, portal.baseUrl().toString());
        auto *user = dialog->findChild<QLineEdit *>(u"userEdit"_s);
        user->clear();
        typeInto(user, u"demo"_s);
        auto *password = dialog->findChild<QLineEdit *>(u"passwordEdit"_s);
        password->clear();
        typeInto(password, chinesePassword);
        QCOMPARE(password->text(), chinesePassword);
        dialog->findChild<QCheckBox *>(u"rememberPassword"_s)->setChecked(false);
        QSignalSpy loggedIn(workflow, &ReleaseWorkflow::loginFinished);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(loggedIn.wait(timeout));
        QVERIFY2(loggedIn.first().first().toBool(), qPrintable(loggedIn.first().at(1).toString()));
        QCOMPARE(workflow->phase(), ReleaseWorkflow::Phase::Connected);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        QCOMPARE(workflow->profilePath(), profilePath);
        QCOMPARE(portal.audit().value(u"logins"_s).toInt(), 1);

        // Read the list: the table holds what the portal holds.
        QSignalSpy planned(workflow, &ReleaseWorkflow::planReady);
        window->action(u"scrapeAction"_s)->trigger();
        QVERIFY(planned.wait(timeout));
        const QString difference
            = compareWithPortal(workflow->tickets()->tickets(), portalTickets(portal, caFile));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(window->ticketPanel()->view()->model()->rowCount(), config.tickets);

        // Approve every batch in the dialog the window offers after reading.
        ApprovalDialog *approval = newestApprovalDialog(*window);
        if (!approval) {
            window->action(u"approveAllAction"_s)->trigger();
            approval = newestApprovalDialog(*window);
        }
        QVERIFY(approval);
        if (auto *confirm = approval->findChild<QCheckBox *>(u"productionConfirm"_s))
            confirm->setChecked(true);
        approval->findChild<QPushButton *>(u"approveButton"_s)->click();
        QCOMPARE(workflow->approvedBatchCount(), workflow->plan()->rowCount());
        const ReleasePlan plan = workflow->plan()->plan();
        QVERIFY(plan.plannedCount() > 10);

        QSignalSpy finished(workflow, &ReleaseWorkflow::runFinished);
        window->action(u"startAction"_s)->trigger();
        QVERIFY(finished.wait(timeout));
        QCOMPARE(workflow->phase(), ReleaseWorkflow::Phase::Ready);

        // The portal's audit: every planned ticket released, once; nothing else sent.
        const QJsonObject audit = portal.audit();
        QVERIFY2(audit.value(u"duplicates"_s).toArray().isEmpty(),
            QJsonDocument(audit.value(u"duplicates"_s).toArray()).toJson().constData());
        QVERIFY2(audit.value(u"violations"_s).toArray().isEmpty(),
            QJsonDocument(audit.value(u"violations"_s).toArray()).toJson().constData());
        QHash<int, int> released;
        for (const QJsonValue &call : audit.value(u"releases"_s).toArray()) {
            const QJsonObject record = call.toObject();
            QVERIFY2(record.value(u"result"_s).toString() == u"success",
                qPrintable(QString::fromUtf8(QJsonDocument(record).toJson())));
            ++released[record.value(u"ticket"_s).toInt()];
        }
        QCOMPARE(int(released.size()), plan.plannedCount());
        for (const PlanBatch &batch : plan.batches) {
            for (const QString &id : batch.ticketIds)
                QVERIFY2(released.value(id.toInt()) == 1, qPrintable(id));
        }
        // Every ticket that was pending and is not released was held back by the plan (its
        // dependency is not released on the portal).
        for (const ReleaseTicket &ticket : workflow->tickets()->tickets()) {
            if (ticket.pendingOnPortal && !released.contains(ticket.id.toInt()))
                QVERIFY2(plan.heldTicket(ticket.id), qPrintable(ticket.id));
        }

        // The window says the same: summary, counts, history.
        const RunSummary summary = workflow->lastRun();
        QCOMPARE(summary.succeeded, plan.plannedCount());
        QCOMPARE(summary.total, plan.plannedCount());
        QCOMPARE(summary.failed, 0);
        QCOMPARE(summary.unknown, 0);
        QCOMPARE(summary.skipped, 0);
        QVERIFY(window->runSummary()->isVisible());
        QCOMPARE(window->runSummary()->countsBar()->counts().released, plan.plannedCount());
        QCOMPARE(window->runSummary()->countsBar()->counts().total(), plan.plannedCount());
        const QString headline = window->runSummary()->headline();
        QVERIFY2(headline.contains(QString::number(plan.plannedCount())), qPrintable(headline));
        QVERIFY(!window->runSummary()->retryButton()->isEnabled());
        QVERIFY(!window->runSummary()->checkButton()->isEnabled());

        window->action(u"historyAction"_s)->trigger();
        auto *history = window->findChild<HistoryDialog *>();
        QVERIFY(history);
        QCOMPARE(history->selectedRun(), summary.runId);
        QTableWidget *requests = history->requestTable();
        QCOMPARE(requests->rowCount(), plan.plannedCount());
        history->close();
        qInfo("%d released on %s, %d held back, %d logins", summary.succeeded,
            qPrintable(portal.baseUrl().toString()), int(plan.held.size()),
            audit.value(u"logins"_s).toInt());
    }
};

QTEST_MAIN(TestFlavourWindow)
#include "tst_flavourwindow.moc"
