#pragma once

#include "releaseticket.h"
#include "profile/siteprofile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

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
};
Q_DECLARE_METATYPE(ExtractedPage)

// Turns a list page (HTML or JSON, per the profile) into tickets. Pure and re-entrant: safe
// on worker threads, each call parses its own document.
class TicketExtractor final
{
public:
    explicit TicketExtractor(SiteProfile profile);

    ExtractedPage extract(const QByteArray &body, const QUrl &pageUrl) const;

private:
    ExtractedPage extractHtml(const QByteArray &body, const QUrl &pageUrl) const;
    ExtractedPage extractJson(const QByteArray &body, const QUrl &pageUrl) const;
    void finishTicket(ReleaseTicket &ticket, const QUrl &pageUrl, QStringList *problems) const;

    const QRegularExpression *regexFor(const QString &pattern) const;

    SiteProfile m_profile;
    QHash<QString, QRegularExpression> m_regexes; // every rule's pattern, compiled once
};
