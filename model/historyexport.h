#pragma once

#include "historyrecords.h"

#include <QByteArray>

// Exports of one run of the release history. Every value may come from a portal
// (messages, application names): CSV quotes every field, HTML escapes every value and holds no
// script, link or external resource, so the report can be mailed and opened safely.
QByteArray historyToCsv(const QList<HistoryRequest> &requests);
QByteArray historyToJson(const HistoryRun &run, const QList<HistoryApproval> &approvals,
    const QList<HistoryRequest> &requests);
QByteArray historyToHtml(const HistoryRun &run, const QList<HistoryApproval> &approvals,
    const QList<HistoryRequest> &requests);
