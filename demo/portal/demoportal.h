#pragma once

#include "clientlimiter.h"
#include "demoticket.h"
#include "faultset.h"
#include "httprequest.h"
#include "httpresponse.h"
#include "pagerenderer.h" // not needed here, but benchmarks render classic pages through this header
#include "portalaudit.h"
#include "portalconfig.h"
#include "sessionstore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class ClassicFront;
class HttpConnection;
class LegacyFront;
class PortalFront;
class ReleaseHandler;
class SpaFront;
class QTcpServer;

// The demo release portal: a realistic internal release portal with its bad days, served on
// loopback for the app's demo, the tests and the benchmarks (docs/demo-portal.md).
//
// Everything runs on the thread that owns the object, asynchronously: latencies are timers,
// never sleeps, and every delayed answer checks that its client is still there.
class DemoPortal final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoPortal)

public:
    explicit DemoPortal(const PortalConfig &config = {}, QObject *parent = nullptr);
    ~DemoPortal() override;

    // Serve HTTPS with this PEM certificate (chain) and key: call before listen(). Returns an
    // error for unreadable files or a key that does not load.
    QString useTls(const QString &certificateFile, const QString &keyFile);
    // Port 0 picks a free port.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QString errorString() const;
    quint16 port() const;
    // "http://127.0.0.1:PORT/" ("https://" after useTls())
    QUrl baseUrl() const;

    // The current settings; faults shows what is still armed (counts decrease as they fire).
    PortalConfig config() const;
    // Returns an error and changes nothing if the config is invalid. A new seed or ticket count
    // regenerates the data; a new language relabels it.
    QString setConfig(const PortalConfig &config);
    // Arms one more fault (grammar in docs/demo-portal.md); returns an error for a bad spec.
    QString setFault(const QString &spec);
    void clearFaults();

    QJsonObject audit() const;
    void resetAudit();
    // Back to the seed's data (every status as generated).
    void regenerate();

    // The truth, for tests to compare scraped tickets with.
    const QList<DemoTicket> &tickets() const { return m_tickets; }
    const DemoTicket *ticket(int id) const;
    int inFlight() const { return m_inFlight; }

signals:
    // A release call finished in the handler (whether or not its answer reached the client).
    void releaseFinished(int ticketId, const QString &result);

private:
    void acceptConnections();
    void onRequest(HttpConnection *connection, const HttpRequest &request);
    bool serveAdmin(HttpConnection *connection, const HttpRequest &request);
    PortalFront &front() const;
    void rebuildFronts();

    qint64 nowMs() const { return m_clock.elapsed(); }

    PortalConfig m_config;
    QTcpServer *m_server;
    QElapsedTimer m_clock;
    QList<DemoTicket> m_tickets;
    SessionStore m_sessions;
    ClientLimiter m_limiter;
    FaultSet m_faults;
    PortalAudit m_audit;
    ReleaseHandler *m_releases;
    std::unique_ptr<ClassicFront> m_classic;
    std::unique_ptr<SpaFront> m_spa;
    std::unique_ptr<LegacyFront> m_legacy;
    bool m_tls = false;
    quint64 m_connectionSerial = 0;
    int m_inFlight = 0;
};
