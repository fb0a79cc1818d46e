#pragma once

#include "demoticket.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The legacy flavour's pages, in GBK, as an old Java EE system renders them: layout tables,
// cells without classes, the status only as an image's alt text, dependencies and the exclusive
// marker in a free-text remarks column, paging through javascript:goPage(n).
//
// List rows are encoded once per ticket around the status cell, so a list read converts
// nothing; the rarer pages (login, confirm, results) are built as text and encoded whole.
class LegacyRenderer
{
public:
    void rebuild(const QList<DemoTicket> &tickets);

    // The remarks cell's text: "依赖: 1021, 1022", "独占发布" and a filler joined by "；".
    static QString remarks(const DemoTicket &ticket);
    // 待上线, 上线中, 已上线, 上线失败
    static QString statusWord(TicketStatus status);

    // error: shown above the form, empty for none.
    QByteArray loginPage(const QString &error) const;
    // Rows from start (0-based) to start + pageSize; the pager numbers pages from 1.
    QByteArray listPage(const QList<DemoTicket> &tickets, int start, int pageSize,
        const QString &user, bool pendingOnly) const;
    // confirmToken empty: the ticket may not be released now (shows why, no form).
    QByteArray confirmPage(
        const DemoTicket &ticket, const QByteArray &confirmToken, const QString &user) const;
    QByteArray resultPage(bool success, const QString &message, const QString &user) const;
    // Tomcat-like error page: "HTTP Status 404 – Not Found" and a sentence.
    QByteArray errorPage(int status, const QString &message) const;
    QByteArray garbagePage() const;

private:
    QByteArray page(const QString &title, const QString &user, const QString &content) const;

    // Per ticket: the row up to the status cell, and the remarks and action cells after it
    // with and without the release link.
    QList<QByteArray> m_heads, m_tails, m_tailsWithoutLink;
    QList<QByteArray> m_statusCells;
    // The list page's chrome before and after its content, for the user last seen.
    mutable QString m_chromeUser;
    mutable QByteArray m_chromeTop, m_chromeBottom;
};
