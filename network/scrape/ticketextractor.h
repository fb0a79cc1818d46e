#pragma once

#include "profile/siteprofile.h"
#include "releaseticket.h"
#include "scrape/pagingplan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

class HtmlDocument;
struct _xmlNode;

// What one list page yields.
struct ExtractedPage
{
    QList<ReleaseTicket> tickets;
    QUrl nextPage; // next link, resolved; empty when none
    int totalCount = -1; // tickets in the whole list, -1 when the page does not say
    int pageCount = -1; // pages in the whole list, -1 when unknown
    int rowsSeen = 0; // rows matched before skipping
    QStringList rowErrors; // rows that could not be read ("row 4: no id")
    QString error; // the page as a whole does not look like the profile says
    QString charset; // what the page was decoded with ("gbk")
    QString charsetSource; // where that came from, readable ("the page's <meta> charset")
};
Q_DECLARE_METATYPE(ExtractedPage)

// Turns a list page (HTML or JSON, per the profile) into tickets. Pure and re-entrant: safe
// on worker threads, each call parses its own document. The page is decoded first (Charset:
// Content-Type, <meta>, byte order mark, sniffing, the profile's encoding), so every rule
// matches decoded text. A value goes through attribute/text, regex or marker, map, default,
// split, in that order.
class TicketExtractor final
{
    Q_DECLARE_TR_FUNCTIONS(TicketExtractor)

public:
    explicit TicketExtractor(SiteProfile profile);

    // contentType: the answer's Content-Type header, whose charset decodes the body.
    ExtractedPage extract(
        const QByteArray &body, const QUrl &pageUrl, const QByteArray &contentType = {}) const;

private:
    ExtractedPage extractHtml(const QString &text, const QUrl &pageUrl) const;
    // Where each column's cell sits in a row of an HTML list: an index under a header, -1 for a
    // rule read by XPath from the row.
    struct HtmlColumns
    {
        QList<int> indexes; // per list.columns entry, in its order
        int releaseIndex = -1;
    };
    // Maps the profile's headers to cell indexes; false with *error when one is missing.
    bool findHtmlColumns(const HtmlDocument &doc, HtmlColumns *columns, QString *error) const;
    bool isSkippedRow(const HtmlDocument &doc, _xmlNode *row) const;
    // One rule in one row: the cell under a header, or an XPath from the row.
    QString htmlValue(const HtmlDocument &doc, const FieldRule &rule, _xmlNode *row,
        const QList<_xmlNode *> &cells, int index) const;
    // A ticket, or a row problem, into page; rowNumber counts from 1.
    void readHtmlRow(const HtmlDocument &doc, _xmlNode *row, int rowNumber,
        const HtmlColumns &columns, const QUrl &pageUrl, ExtractedPage &page) const;
    // The pager: a next link, a page count, a total.
    void readHtmlPager(
        const HtmlDocument &doc, const QUrl &pageUrl, int ticketRows, ExtractedPage &page) const;
    ExtractedPage extractJson(const QString &text, const QUrl &pageUrl) const;
    // regex or marker on a found value
    QString pick(const QString &raw, const FieldRule &rule) const;
    // pick, map, default, split: the values a rule yields for a field
    QStringList finishValue(const QString &raw, const FieldRule &rule, const QString &field) const;
    void finishTicket(ReleaseTicket &ticket, const QUrl &pageUrl, QStringList *problems) const;

    const QRegularExpression *regexFor(const QString &pattern) const;

    SiteProfile m_profile;
    PagingPlan m_paging;
    QHash<QString, QRegularExpression> m_regexes; // every rule's pattern, compiled once
};
