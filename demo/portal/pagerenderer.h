#pragma once

#include "demoticket.h"
#include "portalconfig.h"
#include "portaltext.h"

#include <QByteArray>
#include <QList>

// Renders every page of the classic flavour as UTF-8 bytes. The parts of a ticket row that never
// change are rendered once by rebuild() and only the status cell is rendered per request: list
// pages are what benchmarks hammer, and the portal must never be their bottleneck.
class PageRenderer
{
public:
    void rebuild(const QList<DemoTicket> &tickets, PortalLanguage language);
    PortalLanguage language() const { return m_language; }

    static int pageCount(int total, int pageSize);

    QByteArray loginPage(
        const QByteArray &csrfToken, const QString &next, const QByteArray &error) const;
    // page is 1-based and within 1..pageCount. pendingOnly: rows that are not pending get an
    // empty action cell (HTML) or "release_url":null (JSON).
    QByteArray ticketsPage(const QList<DemoTicket> &tickets, int page, int pageSize,
        const QString &user, bool pendingOnly = false) const;
    QByteArray ticketsJson(
        const QList<DemoTicket> &tickets, int page, int pageSize, bool pendingOnly = false) const;
    QByteArray resultPage(bool success, const QByteArray &message, const QString &user) const;
    QByteArray messagePage(
        const QByteArray &title, const QByteArray &message, const QString &user) const;
    // Cut off mid-tag, no result and no table: what a proxy hiccup or a half-deployed page gives.
    QByteArray garbagePage() const;

    static QByteArray escapeHtml(const QString &text);
    static QByteArray jsonString(const QString &text);

private:
    const PortalText &text() const { return PortalText::forLanguage(m_language); }
    void openPage(QByteArray &out, const QByteArray &title, const QString &user) const;
    void closePage(QByteArray &out) const;
    QByteArray rowHead(const DemoTicket &ticket) const;
    QByteArray rowTail(const DemoTicket &ticket) const;
    QByteArray jsonHead(const DemoTicket &ticket) const;
    QByteArray jsonTail(const DemoTicket &ticket) const;

    PortalLanguage m_language = PortalLanguage::Chinese;
    // Per ticket (same index as the ticket list): the row up to the status cell and after it.
    QList<QByteArray> m_rowHeads, m_rowTails, m_jsonHeads, m_jsonTails;
    std::array<QByteArray, 4> m_statusCells;
};
