#include "historystore.h"

#include "historyexport.h"
#include "releaseticket.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrlQuery>

#include <algorithm>

namespace {

QAtomicInteger<quint64> connectionCounter;

QString timestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromTimestamp(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant nullable(const QDateTime &when)
{
    return when.isValid() ? QVariant(timestamp(when)) : QVariant(QMetaType(QMetaType::QString));
}

// The model layer has no access to the network layer's redaction, and the history is a file a
// person may mail around: per-row tokens never go in. Any query item whose name looks secret.
QString redactedUrl(const QUrl &url)
{
    static const QStringList secretWords { QStringLiteral("token"), QStringLiteral("sign"),
        QStringLiteral("key"), QStringLiteral("pass"), QStringLiteral("secret"),
        QStringLiteral("session"), QStringLiteral("csrf"), QStringLiteral("auth"),
        QStringLiteral("sid") };
    QUrl copy = url;
    copy.setUserInfo({});
    QUrlQuery query(copy);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto &item : items) {
        for (const auto &word : secretWords) {
            if (item.first.contains(word, Qt::CaseInsensitive)) {
                item.second = QStringLiteral("***");
                break;
            }
        }
    }
    query.setQueryItems(items);
    copy.setQuery(query);
    return copy.toString(QUrl::FullyEncoded);
}

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, profile TEXT, "
    "base_url TEXT, started_at TEXT, finished_at TEXT, user TEXT, failure_policy TEXT, "
    "state TEXT)",
    "CREATE TABLE IF NOT EXISTS approvals (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "run INTEGER REFERENCES runs(id), batch INTEGER, approved_by TEXT, approved_at TEXT, "
    "ticket_ids TEXT)",
    "CREATE TABLE IF NOT EXISTS requests (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "run INTEGER REFERENCES runs(id), ticket TEXT, app TEXT, version TEXT, url TEXT, "
    "method TEXT, intent_at TEXT, sent_at TEXT, finished_at TEXT, http_status INTEGER, "
    "outcome TEXT NOT NULL, message TEXT)",
    "CREATE INDEX IF NOT EXISTS requests_by_run ON requests(run)",
    "CREATE INDEX IF NOT EXISTS requests_by_outcome ON requests(outcome)",
};

} // namespace

HistoryStore::HistoryStore(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("releasedesk-history-%1").arg(++connectionCounter))
{
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    // Generic, not per-application: the desktop app and the CLI share one history.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/releasedesk/history.sqlite");
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::database(m_connection, false).isOpen();
}

void HistoryStore::setBusyTimeout(int ms)
{
    m_busyTimeoutMs = ms;
    if (isOpen()) {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms));
    }
}

bool HistoryStore::open()
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(
            QStringLiteral("open"), QStringLiteral("cannot create the folder of %1").arg(m_path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(QStringLiteral("open %1").arg(m_path), db.lastError().text());
    // WAL: readers (history view, export) never block the executor's writes. FULL: a commit
    // is on disk when it returns, which is what "intent recorded before the send" needs.
    const QStringList pragmas { QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(m_busyTimeoutMs) };
    for (const auto &pragma : pragmas) {
        if (!exec(pragma))
            return false;
    }
    for (const char *statement : schema) {
        if (!exec(QString::fromLatin1(statement)))
            return false;
    }
    return true;
}

bool HistoryStore::fail(const QString &what, const QString &error)
{
    m_lastError = QStringLiteral("History database %1: %2").arg(what, error);
    return false;
}

bool HistoryStore::exec(const QString &sql, const QVariantList &values, qint64 *insertId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return fail(QStringLiteral("not open"), m_path);
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return fail(QStringLiteral("prepare"), query.lastError().text());
    for (const auto &value : values)
        query.addBindValue(value);
    // Outside beginTransaction() each statement is its own transaction (autocommit): when
    // exec() returns true the row is committed and, with synchronous=FULL, on disk.
    if (!query.exec())
        return fail(QStringLiteral("write"), query.lastError().text());
    if (insertId)
        *insertId = query.lastInsertId().toLongLong();
    return true;
}

bool HistoryStore::beginTransaction()
{
    // IMMEDIATE: the write lock is taken (or the busy timeout fails) here, not mid-group.
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool HistoryStore::commitTransaction()
{
    return exec(QStringLiteral("COMMIT"));
}

void HistoryStore::rollbackTransaction()
{
    const QString error = m_lastError; // the cause, not "no transaction is active"
    exec(QStringLiteral("ROLLBACK"));
    m_lastError = error;
}

qint64 HistoryStore::startRun(
    const QString &profile, const QUrl &baseUrl, const QString &user, const QString &failurePolicy)
{
    qint64 id = -1;
    if (!exec(QStringLiteral("INSERT INTO runs (profile, base_url, started_at, user, "
                             "failure_policy, state) VALUES (?, ?, ?, ?, ?, 'running')"),
            { profile, redactedUrl(baseUrl), timestamp(QDateTime::currentDateTimeUtc()), user,
                failurePolicy },
            &id))
        return -1;
    return id;
}

bool HistoryStore::finishRun(qint64 run, const QString &state)
{
    return exec(QStringLiteral("UPDATE runs SET finished_at = ?, state = ? WHERE id = ?"),
        { timestamp(QDateTime::currentDateTimeUtc()), state, run });
}

bool HistoryStore::recordApproval(qint64 run, int batch, const QString &approvedBy,
    const QStringList &ticketIds, const QDateTime &approvedAt)
{
    const QDateTime at = approvedAt.isValid() ? approvedAt : QDateTime::currentDateTimeUtc();
    return exec(QStringLiteral("INSERT INTO approvals (run, batch, approved_by, approved_at, "
                               "ticket_ids) VALUES (?, ?, ?, ?, ?)"),
        { run, batch, approvedBy, timestamp(at), ticketIds.join(QLatin1Char(',')) });
}

qint64 HistoryStore::recordIntent(
    qint64 run, const ReleaseTicket &ticket, const QUrl &url, const QString &method)
{
    qint64 id = -1;
    if (!exec(QStringLiteral("INSERT INTO requests (run, ticket, app, version, url, method, "
                             "intent_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, 'intent')"),
            { run, ticket.id, ticket.application, ticket.version, redactedUrl(url), method,
                timestamp(QDateTime::currentDateTimeUtc()) },
            &id))
        return -1;
    return id;
}

bool HistoryStore::recordOutcome(qint64 request, const QString &outcome, int httpStatus,
    const QString &message, const QDateTime &sentAt)
{
    return exec(QStringLiteral("UPDATE requests SET sent_at = ?, finished_at = ?, http_status = ?, "
                               "outcome = ?, message = ? WHERE id = ?"),
        { nullable(sentAt), timestamp(QDateTime::currentDateTimeUtc()), httpStatus, outcome,
            message, request });
}

bool HistoryStore::recordSkipped(qint64 run, const ReleaseTicket &ticket, const QString &reason)
{
    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    return exec(QStringLiteral("INSERT INTO requests (run, ticket, app, version, url, method, "
                               "finished_at, outcome, message) VALUES (?, ?, ?, ?, ?, '', ?, "
                               "'skipped', ?)"),
        { run, ticket.id, ticket.application, ticket.version, redactedUrl(ticket.releaseUrl), now,
            reason });
}

bool HistoryStore::recordReconciled(qint64 request, const QString &outcome, const QString &message)
{
    // The original answer (or its absence) stays readable: the verdict is appended.
    return exec(QStringLiteral("UPDATE requests SET outcome = ?, message = "
                               "trim(coalesce(message, '') || ' [reconciled: ' || ? || ']'), "
                               "finished_at = coalesce(finished_at, ?) WHERE id = ?"),
        { outcome, message, timestamp(QDateTime::currentDateTimeUtc()), request });
}

bool HistoryStore::markRunsInterrupted(qint64 exceptRun)
{
    return exec(QStringLiteral("UPDATE runs SET state = 'interrupted' WHERE state = 'running' "
                               "AND id <> ?"),
        { exceptRun });
}

namespace {

HistoryRequest requestFrom(const QSqlQuery &query)
{
    HistoryRequest request;
    request.id = query.value(0).toLongLong();
    request.run = query.value(1).toLongLong();
    request.ticket = query.value(2).toString();
    request.application = query.value(3).toString();
    request.version = query.value(4).toString();
    request.url = query.value(5).toString();
    request.method = query.value(6).toString();
    request.intentAt = fromTimestamp(query.value(7));
    request.sentAt = fromTimestamp(query.value(8));
    request.finishedAt = fromTimestamp(query.value(9));
    request.httpStatus = query.value(10).toInt();
    request.outcome = query.value(11).toString();
    request.message = query.value(12).toString();
    return request;
}

const QString requestColumns = QStringLiteral(
    "SELECT id, run, ticket, app, version, url, method, intent_at, sent_at, finished_at, "
    "http_status, outcome, message FROM requests ");

} // namespace

QList<HistoryRequest> HistoryStore::interruptedRequests() const
{
    QList<HistoryRequest> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(
            requestColumns + QStringLiteral("WHERE outcome IN ('intent', 'sent') ORDER BY id")))
        return out;
    while (query.next())
        out.append(requestFrom(query));
    return out;
}

QHash<QString, HistoryRequest> HistoryStore::unresolvedTickets(const QUrl &baseUrl) const
{
    QHash<QString, HistoryRequest> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    // Skipped rows are no request: the latest row that is one decides.
    query.prepare(requestColumns
        + QStringLiteral("WHERE id IN (SELECT max(r.id) FROM requests r JOIN runs ON "
                         "runs.id = r.run WHERE r.outcome <> 'skipped' AND (? IS NULL OR "
                         "runs.base_url = ?) GROUP BY r.ticket) AND outcome IN "
                         "('intent', 'sent', 'unknown') ORDER BY id"));
    const QString base = baseUrl.isEmpty() ? QString() : redactedUrl(baseUrl);
    query.addBindValue(base);
    query.addBindValue(base);
    if (!query.exec())
        return out;
    while (query.next()) {
        const HistoryRequest request = requestFrom(query);
        out.insert(request.ticket, request);
    }
    return out;
}

QList<HistoryRequest> HistoryStore::requestsForRun(qint64 run) const
{
    QList<HistoryRequest> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(requestColumns + QStringLiteral("WHERE run = ? ORDER BY id"));
    query.addBindValue(run);
    if (!query.exec())
        return out;
    while (query.next())
        out.append(requestFrom(query));
    return out;
}

QList<HistoryRun> HistoryStore::runs() const
{
    QList<HistoryRun> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT id, profile, base_url, started_at, finished_at, user, "
                                   "failure_policy, state FROM runs ORDER BY id")))
        return out;
    while (query.next()) {
        HistoryRun run;
        run.id = query.value(0).toLongLong();
        run.profile = query.value(1).toString();
        run.baseUrl = query.value(2).toString();
        run.startedAt = fromTimestamp(query.value(3));
        run.finishedAt = fromTimestamp(query.value(4));
        run.user = query.value(5).toString();
        run.failurePolicy = query.value(6).toString();
        run.state = query.value(7).toString();
        out.append(run);
    }
    return out;
}

HistoryRun HistoryStore::run(qint64 id) const
{
    for (const auto &run : runs()) {
        if (run.id == id)
            return run;
    }
    return {};
}

QList<HistoryApproval> HistoryStore::approvalsForRun(qint64 run) const
{
    QList<HistoryApproval> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT run, batch, approved_by, approved_at, ticket_ids FROM "
                                 "approvals WHERE run = ? ORDER BY id"));
    query.addBindValue(run);
    if (!query.exec())
        return out;
    while (query.next()) {
        HistoryApproval approval;
        approval.run = query.value(0).toLongLong();
        approval.batch = query.value(1).toInt();
        approval.approvedBy = query.value(2).toString();
        approval.approvedAt = fromTimestamp(query.value(3));
        const QString ids = query.value(4).toString();
        approval.ticketIds = ids.isEmpty() ? QStringList() : ids.split(QLatin1Char(','));
        out.append(approval);
    }
    return out;
}

QByteArray HistoryStore::exportCsv(qint64 run) const
{
    return historyToCsv(requestsForRun(run));
}

QByteArray HistoryStore::exportJson(qint64 run) const
{
    return historyToJson(this->run(run), approvalsForRun(run), requestsForRun(run));
}

QByteArray HistoryStore::exportHtml(qint64 run) const
{
    return historyToHtml(this->run(run), approvalsForRun(run), requestsForRun(run));
}

QList<HistoryRun> HistoryStore::runsNewestFirst() const
{
    QList<HistoryRun> out = runs();
    std::reverse(out.begin(), out.end());
    return out;
}

QHash<qint64, RunCounts> HistoryStore::countsByRun() const
{
    QHash<qint64, RunCounts> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral(
            "SELECT run, outcome, COUNT(*) FROM requests GROUP BY run, outcome")))
        return out;
    while (query.next()) {
        const QString outcome = query.value(1).toString();
        const int count = query.value(2).toInt();
        RunCounts &counts = out[query.value(0).toLongLong()];
        if (outcome == u"succeeded")
            counts.released += count;
        else if (outcome == u"failed" || outcome == u"not_sent")
            counts.failed += count;
        else if (outcome == u"skipped")
            counts.skipped += count;
        else
            counts.unknown += count; // unknown, or intent/sent: no answer recorded
    }
    return out;
}

QHash<qint64, QStringList> HistoryStore::applicationsByRun() const
{
    QHash<qint64, QStringList> out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT DISTINCT run, app FROM requests ORDER BY run, app")))
        return out;
    while (query.next())
        out[query.value(0).toLongLong()].append(query.value(1).toString());
    return out;
}
