#pragma once

#include "historyrecords.h"
#include "runcounts.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrl>

struct ReleaseTicket;

// The release history: every run, who approved which batch, every release request
// with its intent, answer and outcome. SQLite in WAL mode through Qt Sql.
//
// The one promise that matters: recordIntent() commits (synchronous=FULL) before the release
// request leaves, and returns -1 with lastError() set when it cannot; the executor then sends
// nothing more. A crash after the intent leaves a row without outcome: interruptedRequests()
// finds it on the next start and it is treated as unknown, never re-sent on its own.
//
// Used from one thread (the one that opened it); each instance has its own connection. A release
// run writes its rows through a HistoryWriter, which holds a second instance on its own thread.
class HistoryStore final
{
public:
    explicit HistoryStore(const QString &path = defaultPath());
    ~HistoryStore();
    Q_DISABLE_COPY_MOVE(HistoryStore)

    // ~/.local/share/releasedesk/history.sqlite: shared by the desktop app and the CLI.
    static QString defaultPath();

    bool open(); // creates the file and schema; false with lastError() on failure
    bool isOpen() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    // How long a write waits for another writer before it fails ("database is locked").
    void setBusyTimeout(int ms);
    int busyTimeout() const { return m_busyTimeoutMs; }

    // The writes until commitTransaction() become one transaction: one fsync for all of them
    // (HistoryWriter's group commit). Without it each write is its own transaction.
    bool beginTransaction();
    bool commitTransaction();
    void rollbackTransaction();

    qint64 startRun(const QString &profile, const QUrl &baseUrl, const QString &user,
        const QString &failurePolicy);
    bool finishRun(qint64 run, const QString &state);
    // approvedAt: when the person approved (default: now).
    bool recordApproval(qint64 run, int batch, const QString &approvedBy,
        const QStringList &ticketIds, const QDateTime &approvedAt = {});

    // Durable before the send. The URL is stored with its secrets redacted.
    qint64 recordIntent(
        qint64 run, const ReleaseTicket &ticket, const QUrl &url, const QString &method);
    // outcome: succeeded | failed | unknown | not_sent. sentAt invalid when nothing was written.
    bool recordOutcome(qint64 request, const QString &outcome, int httpStatus,
        const QString &message, const QDateTime &sentAt);
    // A ticket held back (no request at all): one row with outcome "skipped".
    bool recordSkipped(qint64 run, const ReleaseTicket &ticket, const QString &reason);
    // After reconciliation of an unknown (or interrupted) request: the portal's verdict.
    bool recordReconciled(qint64 request, const QString &outcome, const QString &message);

    QList<HistoryRequest> interruptedRequests() const;
    // Tickets whose latest request (on runs against baseUrl; any when empty) has no known
    // outcome: intent, sent or unknown. A new run must not send them on its own.
    QHash<QString, HistoryRequest> unresolvedTickets(const QUrl &baseUrl = {}) const;
    // Runs still marked "running" whose process is gone become "interrupted".
    bool markRunsInterrupted(qint64 exceptRun = -1);
    QList<HistoryRun> runs() const; // oldest first
    QList<HistoryRun> runsNewestFirst() const;
    // Per run: its requests by outcome (interrupted ones count as unknown), and the applications
    // it touched; one query each for the whole history.
    QHash<qint64, RunCounts> countsByRun() const;
    QHash<qint64, QStringList> applicationsByRun() const;
    HistoryRun run(qint64 id) const;
    QList<HistoryApproval> approvalsForRun(qint64 run) const;
    QList<HistoryRequest> requestsForRun(qint64 run) const;

    QByteArray exportCsv(qint64 run) const;
    QByteArray exportJson(qint64 run) const;
    QByteArray exportHtml(qint64 run) const; // self-contained, every value escaped

private:
    bool exec(const QString &sql, const QVariantList &values = {}, qint64 *insertId = nullptr);
    bool fail(const QString &what, const QString &error);

    QString m_path;
    QString m_connection;
    QString m_lastError;
    int m_busyTimeoutMs = 5000;
};
