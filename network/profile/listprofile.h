#pragma once

#include "profile/fieldrule.h"

#include <QMap>
#include <QString>
#include <QStringList>

// The "list" section: where the tickets are, how pages follow one another and how each ticket
// field is read from a row (HTML) or an item (JSON).
struct ListProfile
{
    enum class Kind { Html, Json };

    struct Paging
    {
        FieldRule next; // next link (xpath with attribute href); HTML only
        QString nextText; // or the link whose normalised text equals this
        QString pageTemplate; // "tickets?page={page}"; with pages/total all pages fetched at once
        FieldRule pageCount; // number of pages (HTML: xpath+regex; JSON: path)
        FieldRule total; // number of tickets; pages = ceil(total / pageSize)
        int pageSize = 0; // 0: the row count of the first page
        int firstPage = 1; // the number {page} takes for the first page
        // Format 2: the next page's URL built from the next value (a page number in
        // "javascript:goPage(3)" taken by next's regex, or a JSON cursor): {value}, {page},
        // {offset}, {start}. Without it the next value is the URL itself.
        QString nextTemplate;

        // Fills a page or next template: {page} the portal's page number, {offset} the index
        // of the page's first ticket from 0, {start} the same from 1, {value} the next value
        // as found and {cursor} the same percent-encoded.
        static QString expand(
            const QString &pattern, int page, int offset, const QString &value = {});
    };

    struct SkipRows
    {
        QStringList classes; // rows carrying one of these classes are skipped (summary rows)
        QString xpath; // rows for which this boolean XPath (relative to the row) is true
    };

    Kind kind = Kind::Html;
    QString firstPage = QStringLiteral("tickets"); // relative to baseUrl
    Paging paging;
    QString rowXPath; // HTML: the ticket rows
    QString headerXPath; // HTML: header cells used by FieldRule::header
    QString cellXPath = QStringLiteral("td|th"); // HTML: a row's cells, in column order
    QString itemsPath; // JSON: dotted path of the item array ("items"; "" = the root)
    SkipRows skipRows;
    QMap<QString, FieldRule> columns; // ticket field name -> rule (see ReleaseTicket::field)
    FieldRule releaseLink; // href of the release link (resolved against the page URL)
    QString releaseUrlTemplate; // or built from fields: "release?id={id}&token={token}"
    // The portal's status words (compared trimmed, case-insensitively). Pending tickets can be
    // released; released ones satisfy dependencies; failed and running ones do not, and tell
    // the reconciler what became of an unknown release. Format 1 keeps the released and failed
    // words it always had (ListSection fills them in); format 2 names them here.
    QStringList pendingStatuses;
    QStringList releasedStatuses;
    QStringList failedStatuses; // a status containing one of these counts as failed
    QStringList runningStatuses;
    // Failed statuses after which the portal accepts the release again: "retry failed" offers
    // a failed ticket only when the portal shows one of these (or pending). Empty: only tickets
    // the portal shows pending again.
    QStringList retryableStatuses;
    QStringList concurrentTrue { QStringLiteral("true"), QStringLiteral("yes"),
        QStringLiteral("是") };
    QStringList emptyValues { QStringLiteral("—"), QStringLiteral("-") }; // mean "no value"
};
