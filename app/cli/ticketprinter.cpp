#include "ticketprinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// The columns every format shows: the standard fields, then the extra ones in name order.
QStringList columnsOf(const QList<ReleaseTicket> &tickets)
{
    QStringList columns = ReleaseTicket::standardFieldNames();
    QSet<QString> extra;
    for (const ReleaseTicket &t : tickets) {
        for (auto it = t.extra.begin(); it != t.extra.end(); ++it)
            extra.insert(it.key());
    }
    QStringList extraSorted(extra.begin(), extra.end());
    extraSorted.sort();
    columns << extraSorted;
    columns.insert(columns.indexOf(QStringLiteral("status")) + 1, QStringLiteral("pending"));
    return columns;
}

QString valueOf(const ReleaseTicket &ticket, const QString &column)
{
    if (column == u"pending")
        return ticket.pendingOnPortal ? QStringLiteral("true") : QStringLiteral("false");
    return ticket.field(column);
}

QString csvEscape(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString escaped = value;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// Terminal columns: CJK characters take two cells.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text)
        width += (c.unicode() >= 0x1100
                     && (c.unicode() <= 0x115F || (c.unicode() >= 0x2E80 && c.unicode() <= 0xFFDC)))
            ? 2
            : 1;
    return width;
}

} // namespace

bool TicketPrinter::parseFormat(const QString &name, Format *format)
{
    if (name == u"table")
        *format = Format::Table;
    else if (name == u"json")
        *format = Format::Json;
    else if (name == u"csv")
        *format = Format::Csv;
    else
        return false;
    return true;
}

void TicketPrinter::print(QTextStream &out, const QList<ReleaseTicket> &tickets, Format format)
{
    switch (format) {
    case Format::Table:
        printTable(out, tickets);
        break;
    case Format::Json:
        printJson(out, tickets);
        break;
    case Format::Csv:
        printCsv(out, tickets);
        break;
    }
    out.flush();
}

void TicketPrinter::printJson(QTextStream &out, const QList<ReleaseTicket> &tickets)
{
    QJsonArray array;
    for (const ReleaseTicket &t : tickets) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), t.id);
        o.insert(QStringLiteral("application"), t.application);
        o.insert(QStringLiteral("version"), t.version);
        o.insert(QStringLiteral("environment"), t.environment);
        o.insert(QStringLiteral("submitter"), t.submitter);
        o.insert(QStringLiteral("dependencies"), QJsonArray::fromStringList(t.dependencies));
        o.insert(QStringLiteral("concurrent"), t.concurrent);
        o.insert(QStringLiteral("status"), t.portalStatus);
        o.insert(QStringLiteral("pending"), t.pendingOnPortal);
        o.insert(QStringLiteral("releaseUrl"), t.releaseUrl.toString());
        for (auto it = t.extra.begin(); it != t.extra.end(); ++it)
            o.insert(it.key(), it.value());
        array.append(o);
    }
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void TicketPrinter::printCsv(QTextStream &out, const QList<ReleaseTicket> &tickets)
{
    const QStringList columns = columnsOf(tickets);
    out << columns.join(u',') << '\n';
    for (const ReleaseTicket &t : tickets) {
        QStringList cells;
        for (const QString &column : columns)
            cells << csvEscape(valueOf(t, column));
        out << cells.join(u',') << '\n';
    }
}

void TicketPrinter::printTable(QTextStream &out, const QList<ReleaseTicket> &tickets)
{
    QStringList columns = columnsOf(tickets);
    columns.removeAll(QStringLiteral("releaseUrl")); // long, and holds the release token
    QList<int> widths;
    for (const QString &column : columns) {
        int width = displayWidth(column);
        for (const ReleaseTicket &t : tickets)
            width = qMax(width, displayWidth(valueOf(t, column)));
        widths << width;
    }
    const auto row = [&](const auto &cellOf) {
        QString line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QString cell = cellOf(columns.at(i));
            line += cell + QString(widths.at(i) - displayWidth(cell) + 2, u' ');
        }
        out << line.trimmed() << '\n';
    };
    row([](const QString &column) { return column; });
    for (const ReleaseTicket &t : tickets)
        row([&t](const QString &column) { return valueOf(t, column); });
}
