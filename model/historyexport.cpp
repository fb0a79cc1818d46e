#include "historyexport.h"

#include "historywords.h"
#include "runtimeline.h"
#include "timelinesvg.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace {

QString stamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString csvField(QString value)
{
    // Spreadsheets execute cells starting with = + - @: a portal message must stay text.
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QStringList requestFields(const HistoryRequest &request)
{
    return { QString::number(request.id), request.ticket, request.application, request.version,
        request.method, request.url, stamp(request.intentAt), stamp(request.sentAt),
        stamp(request.finishedAt),
        request.httpStatus ? QString::number(request.httpStatus) : QString(), request.outcome,
        request.message };
}

const QStringList requestHeaders { QStringLiteral("id"), QStringLiteral("ticket"),
    QStringLiteral("application"), QStringLiteral("version"), QStringLiteral("method"),
    QStringLiteral("url"), QStringLiteral("intent_at"), QStringLiteral("sent_at"),
    QStringLiteral("finished_at"), QStringLiteral("http_status"), QStringLiteral("outcome"),
    QStringLiteral("message") };
// The same columns for a person (the HTML report), in requestHeaders' order.
constexpr const char *requestTitles[] = { QT_TRANSLATE_NOOP("HistoryExport", "request"),
    QT_TRANSLATE_NOOP("HistoryExport", "ticket"), QT_TRANSLATE_NOOP("HistoryExport", "application"),
    QT_TRANSLATE_NOOP("HistoryExport", "version"), QT_TRANSLATE_NOOP("HistoryExport", "method"),
    QT_TRANSLATE_NOOP("HistoryExport", "address"), QT_TRANSLATE_NOOP("HistoryExport", "intent at"),
    QT_TRANSLATE_NOOP("HistoryExport", "sent at"),
    QT_TRANSLATE_NOOP("HistoryExport", "finished at"),
    QT_TRANSLATE_NOOP("HistoryExport", "HTTP status"),
    QT_TRANSLATE_NOOP("HistoryExport", "outcome"), QT_TRANSLATE_NOOP("HistoryExport", "message") };
constexpr int outcomeColumn = 10;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QByteArray historyToCsv(const QList<HistoryRequest> &requests)
{
    QString out;
    out += requestHeaders.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const auto &request : requests) {
        QStringList cells;
        for (const auto &field : requestFields(request))
            cells.append(csvField(field));
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out.toUtf8();
}

QByteArray historyToJson(const HistoryRun &run, const QList<HistoryApproval> &approvals,
    const QList<HistoryRequest> &requests)
{
    QJsonObject runObject { { QStringLiteral("id"), run.id },
        { QStringLiteral("profile"), run.profile }, { QStringLiteral("base_url"), run.baseUrl },
        { QStringLiteral("started_at"), stamp(run.startedAt) },
        { QStringLiteral("finished_at"), stamp(run.finishedAt) },
        { QStringLiteral("user"), run.user },
        { QStringLiteral("failure_policy"), run.failurePolicy },
        { QStringLiteral("state"), run.state } };
    QJsonArray approvalArray;
    for (const auto &approval : approvals) {
        approvalArray.append(QJsonObject { { QStringLiteral("batch"), approval.batch },
            { QStringLiteral("approved_by"), approval.approvedBy },
            { QStringLiteral("approved_at"), stamp(approval.approvedAt) },
            { QStringLiteral("tickets"), QJsonArray::fromStringList(approval.ticketIds) } });
    }
    QJsonArray requestArray;
    for (const auto &request : requests) {
        const QStringList fields = requestFields(request);
        QJsonObject object;
        for (qsizetype i = 0; i < requestHeaders.size(); ++i)
            object.insert(requestHeaders.at(i), fields.at(i));
        object.insert(QStringLiteral("id"), request.id);
        object.insert(QStringLiteral("http_status"), request.httpStatus);
        requestArray.append(object);
    }
    runObject.insert(QStringLiteral("approvals"), approvalArray);
    runObject.insert(QStringLiteral("requests"), requestArray);
    return QJsonDocument(runObject).toJson(QJsonDocument::Indented);
}

QByteArray historyToHtml(const HistoryRun &run, const QList<HistoryApproval> &approvals,
    const QList<HistoryRequest> &requests)
{
    QMap<QString, int> counts;
    for (const auto &request : requests)
        ++counts[request.outcome];

    const QString title
        = QCoreApplication::translate("HistoryExport", "ReleaseDesk run %1").arg(run.id);
    QString html;
    html += QLatin1String("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'\">"
                          "<title>")
        + esc(title)
        + QLatin1String("</title><style>"
                        "body{font-family:sans-serif;margin:1em}"
                        "table{border-collapse:collapse}"
                        "td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
                        ".succeeded{background:#dfd}.failed{background:#fdd}"
                        ".unknown,.intent,.sent{background:#ffd}.skipped{color:#666}"
                        "</style></head><body>\n");
    html += QLatin1String("<h1>") + esc(title) + QLatin1String("</h1>\n<table>");
    const QList<QPair<QString, QString>> facts {
        { QCoreApplication::translate("HistoryExport", "Profile"), run.profile },
        { QCoreApplication::translate("HistoryExport", "Portal"), run.baseUrl },
        { QCoreApplication::translate("HistoryExport", "User"), run.user },
        { QCoreApplication::translate("HistoryExport", "Started"), stamp(run.startedAt) },
        { QCoreApplication::translate("HistoryExport", "Finished"), stamp(run.finishedAt) },
        { QCoreApplication::translate("HistoryExport", "Failure policy"),
            HistoryWords::failurePolicy(run.failurePolicy) },
        { QCoreApplication::translate("HistoryExport", "State"),
            HistoryWords::runState(run.state) },
    };
    for (const auto &fact : facts)
        html += QLatin1String("<tr><th>") + esc(fact.first) + QLatin1String("</th><td>")
            + esc(fact.second) + QLatin1String("</td></tr>");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        html += QLatin1String("<tr><th>") + esc(HistoryWords::outcome(it.key()))
            + QLatin1String("</th><td>") + QString::number(it.value())
            + QLatin1String("</td></tr>");
    if (run.startedAt.isValid() && run.finishedAt.isValid())
        html += QLatin1String("<tr><th>")
            + esc(QCoreApplication::translate("HistoryExport", "Duration"))
            + QLatin1String("</th><td>")
            + esc(RunTimeline::durationText(run.startedAt.msecsTo(run.finishedAt)))
            + QLatin1String("</td></tr>");
    // The run as a picture: one bar per release on a time axis, grouped by batch.
    html += QLatin1String("</table>\n<h2>")
        + esc(QCoreApplication::translate("HistoryExport", "Timeline")) + QLatin1String("</h2>\n")
        + TimelineSvg::render(RunTimeline::fromHistory(approvals, requests));
    html += QLatin1String("\n<h2>") + esc(QCoreApplication::translate("HistoryExport", "Approvals"))
        + QLatin1String("</h2>\n<table><tr>");
    for (const char *header : { QT_TRANSLATE_NOOP("HistoryExport", "batch"),
             QT_TRANSLATE_NOOP("HistoryExport", "approved by"),
             QT_TRANSLATE_NOOP("HistoryExport", "at"),
             QT_TRANSLATE_NOOP("HistoryExport", "tickets") })
        html += QLatin1String("<th>") + esc(QCoreApplication::translate("HistoryExport", header))
            + QLatin1String("</th>");
    html += QLatin1String("</tr>");
    for (const auto &approval : approvals)
        html += QLatin1String("<tr><td>") + QString::number(approval.batch + 1)
            + QLatin1String("</td><td>") + esc(approval.approvedBy) + QLatin1String("</td><td>")
            + esc(stamp(approval.approvedAt)) + QLatin1String("</td><td>")
            + esc(approval.ticketIds.join(QLatin1String(", "))) + QLatin1String("</td></tr>");
    html += QLatin1String("</table>\n<h2>")
        + esc(QCoreApplication::translate("HistoryExport", "Requests"))
        + QLatin1String("</h2>\n<table><tr>");
    for (const char *title : requestTitles)
        html += QLatin1String("<th>") + esc(QCoreApplication::translate("HistoryExport", title))
            + QLatin1String("</th>");
    html += QLatin1String("</tr>\n");
    for (const auto &request : requests) {
        // The outcome becomes a class name: only the known words, never portal text.
        const QString cls = QStringLiteral("succeeded failed unknown intent sent skipped not_sent")
                                .split(QLatin1Char(' '))
                                .contains(request.outcome)
            ? request.outcome
            : QString();
        html += QLatin1String("<tr class=\"") + cls + QLatin1String("\">");
        QStringList fields = requestFields(request);
        fields[outcomeColumn] = HistoryWords::outcome(request.outcome);
        for (const auto &field : std::as_const(fields))
            html += QLatin1String("<td>") + esc(field) + QLatin1String("</td>");
        html += QLatin1String("</tr>\n");
    }
    html += QLatin1String("</table>\n</body></html>\n");
    return html.toUtf8();
}
