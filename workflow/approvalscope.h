#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// Exactly what an approval covers, gathered from the plan before the user is asked.
struct ApprovalScope
{
    QList<int> batches; // plan batch indexes
    int parallelBatches = 0;
    int serialBatches = 0;
    QStringList ticketIds;
    QMap<QString, int> applications; // application -> tickets
    QMap<QString, int> environments; // environment -> tickets
    QStringList batchTitles; // "Batch 3 · parallel · 12 tickets", as the plan names them
    QStringList productionBatches; // titles of the batches that release to production

    bool isEmpty() const { return ticketIds.isEmpty(); }
};
