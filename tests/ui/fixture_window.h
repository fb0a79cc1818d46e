#pragma once

#include "demoportal.h"
#include "loginrequest.h"

#include <QTemporaryDir>

#include <memory>

class MainWindow;

// Shared by the GUI tests: an in-process demo portal on a loopback port, settings and
// history in a temporary directory (never the user's), and a real MainWindow connected to it.
namespace WindowFixture {
// Points QSettings and the history database at dir, so tests never touch the user's files.
void isolate(const QTemporaryDir &dir);
std::unique_ptr<DemoPortal> startPortal(const PortalConfig &config);
LoginRequest loginFor(const DemoPortal &portal, const QString &password = QStringLiteral("demo"));
// A shown window whose controller writes history into dir.
std::unique_ptr<MainWindow> makeWindow(const QTemporaryDir &dir);
// Logs in without the dialog, reads every ticket and waits for the plan; false on timeout.
bool connectAndScrape(MainWindow &window, const DemoPortal &portal);
// Count of release calls the portal's audit recorded.
int releaseCalls(const DemoPortal &portal);
} // namespace WindowFixture
