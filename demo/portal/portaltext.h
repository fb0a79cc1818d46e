#pragma once

#include "demoticket.h"
#include "portalconfig.h"

#include <QByteArray>

#include <array>

// Every word the portal shows, in UTF-8 so pages are assembled without conversions.
struct PortalText
{
    QByteArray htmlLang;
    QByteArray siteTitle;
    QByteArray listTitle;
    QByteArray loginTitle;
    QByteArray resultTitle;
    std::array<QByteArray, 9> columns; // 单号 应用 版本 环境 提交人 依赖 可并行 状态 操作
    std::array<QByteArray, 4> statuses; // by TicketStatus
    QByteArray yes, no, none; // concurrency flag, "no dependencies"
    QByteArray releaseAction, nextPage, previousPage, total, summary;
    QByteArray production, staging;
    std::array<QByteArray, 5> nav;
    QByteArray searchPlaceholder, searchButton;
    QByteArray userLabel, passwordLabel, loginButton, logout, welcome;
    QByteArray badCredentials, badCsrf;
    QByteArray releaseOk, releaseDuplicate, releaseInProgress, releaseForbidden, releaseNotFound;
    QByteArray releaseDependency, releaseServerError, notFound, searchClosed, footer;
    std::array<QByteArray, 5> failureReasons; // for the configured fail rate

    static const PortalText &forLanguage(PortalLanguage language);
    // Submitter names: Chinese in zh, pinyin in en, the same people in the same order.
    static QString submitterName(int index, PortalLanguage language);
    static int submitterCount();
};
