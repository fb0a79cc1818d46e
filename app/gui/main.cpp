// releasedesk: the desktop app. Only wiring: application, translations, command line, window.
#include "appsettings.h"
#include "loginrequest.h"
#include "mainwindow.h"
#include "profile/siteprofile.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"releasedesk"_s);
    QApplication::setOrganizationName(u"ReleaseDesk"_s);
    QApplication::setApplicationDisplayName(u"ReleaseDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(RELEASEDESK_VERSION));
    // The installed icon theme's (the package puts it in hicolor), else the bundled copy; the
    // desktop file name lets a Wayland compositor match the window with the menu entry.
    const QString appId = QStringLiteral(RELEASEDESK_APP_ID);
    QGuiApplication::setDesktopFileName(appId);
    QIcon bundledIcon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        bundledIcon.addFile(u":/icons/%1x%1/%2.png"_s.arg(size).arg(appId));
    QApplication::setWindowIcon(QIcon::fromTheme(appId, bundledIcon));
    Translations::install(&app, AppSettings::language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
        "Release tickets from a release portal, batch by batch. With --profile and "
        "--user it connects at once (password from RELEASEDESK_PASSWORD) and reads the "
        "ticket list."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s,
        QApplication::translate("main", "Site profile file, or the name of a built-in one (demo)."),
        u"file"_s);
    const QCommandLineOption baseUrl(u"base-url"_s,
        QApplication::translate("main", "Override the profile's base URL."), u"url"_s);
    const QCommandLineOption user(
        u"user"_s, QApplication::translate("main", "User name."), u"user"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
        QApplication::translate("main", "Save a picture of the window to this file, then quit."),
        u"file"_s);
    const QCommandLineOption screenshotAfter(u"screenshot-after-ms"_s,
        QApplication::translate("main", "When to take the picture (default 5000)."), u"ms"_s,
        u"5000"_s);
    parser.addOptions({ profile, baseUrl, user, screenshot, screenshotAfter });
    parser.process(app);

    MainWindow window;
    window.show();

    if (parser.isSet(profile)) {
        LoginRequest request;
        const QString name = parser.value(profile);
        const QString embedded = SiteProfile::embeddedPath(name);
        request.profilePath = embedded.isEmpty() ? name : embedded;
        request.baseUrlOverride = QUrl(parser.value(baseUrl));
        request.user = parser.value(user);
        // Never on the command line, where other users of the machine can read it.
        request.password = qEnvironmentVariable("RELEASEDESK_PASSWORD");
        if (!request.user.isEmpty() && !request.password.isEmpty())
            window.connectDirectly(request, true);
        else
            window.openLoginDialog(request);
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(parser.value(screenshotAfter).toInt(), &window, [&window, file] {
            const bool saved = window.grab().save(file);
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "screenshot:" : "cannot write",
                qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
