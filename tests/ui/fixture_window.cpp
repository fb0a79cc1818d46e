#include "fixture_window.h"

#include "mainwindow.h"
#include "planmodel.h"
#include "releaseworkflow.h"
#include "profile/siteprofile.h"
#include "tickettablemodel.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace WindowFixture {

void isolate(const QTemporaryDir &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("ReleaseDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("releasedesk-test"));
}

std::unique_ptr<DemoPortal> startPortal(const PortalConfig &config)
{
    auto portal = std::make_unique<DemoPortal>(config);
    if (!portal->listen())
        qFatal("demo portal: %s", qPrintable(portal->errorString()));
    return portal;
}

LoginRequest loginFor(const DemoPortal &portal, const QString &password)
{
    LoginRequest request;
    request.profilePath = SiteProfile::embeddedPath(QStringLiteral("demo"));
    request.baseUrlOverride = portal.baseUrl();
    request.user = QStringLiteral("demo");
    request.password = password;
    return request;
}

std::unique_ptr<MainWindow> makeWindow(const QTemporaryDir &dir)
{
    auto window = std::make_unique<MainWindow>();
    window->controller()->setHistoryPath(dir.filePath(QStringLiteral("history.sqlite")));
    window->resize(1280, 800);
    window->show();
    return window;
}

bool connectAndScrape(MainWindow &window, const DemoPortal &portal)
{
    ReleaseWorkflow *controller = window.controller();
    QSignalSpy planned(controller, &ReleaseWorkflow::planReady);
    window.connectDirectly(loginFor(portal), true);
    return planned.wait(120000) && controller->tickets()->rowCount() == portal.tickets().size();
}

int releaseCalls(const DemoPortal &portal)
{
    return int(portal.audit().value(QStringLiteral("releases")).toArray().size());
}

} // namespace WindowFixture
