#pragma once

#include "releaseticket.h"

#include <QList>
#include <QString>
#include <QTextStream>

// Writes scraped tickets for people (an aligned table) or programs (JSON, CSV).
class TicketPrinter final
{
public:
    enum class Format { Table, Json, Csv };
    static bool parseFormat(const QString &name, Format *format);

    static void print(QTextStream &out, const QList<ReleaseTicket> &tickets, Format format);

private:
    static void printTable(QTextStream &out, const QList<ReleaseTicket> &tickets);
    static void printJson(QTextStream &out, const QList<ReleaseTicket> &tickets);
    static void printCsv(QTextStream &out, const QList<ReleaseTicket> &tickets);
};
