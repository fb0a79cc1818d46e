#include "release/releaseoptions.h"

#include <QCoreApplication>

QString failurePolicyName(FailurePolicy policy)
{
    switch (policy) {
    case FailurePolicy::StopAtFirstFailure:
        return QStringLiteral("stop");
    case FailurePolicy::FinishBatchThenStop:
        return QStringLiteral("finish-batch");
    case FailurePolicy::Continue:
        return QStringLiteral("continue");
    }
    return QStringLiteral("stop");
}

FailurePolicy failurePolicyFromName(const QString &name, bool *ok)
{
    for (auto policy : { FailurePolicy::StopAtFirstFailure, FailurePolicy::FinishBatchThenStop,
             FailurePolicy::Continue }) {
        if (name == failurePolicyName(policy)) {
            if (ok)
                *ok = true;
            return policy;
        }
    }
    if (ok)
        *ok = false;
    return FailurePolicy::StopAtFirstFailure;
}

QString failurePolicyDescription(FailurePolicy policy)
{
    switch (policy) {
    case FailurePolicy::StopAtFirstFailure:
        return QCoreApplication::translate("FailurePolicy",
            "stop at the first failed or unknown ticket: no new request goes out, the ones in "
            "flight finish, the rest is skipped");
    case FailurePolicy::FinishBatchThenStop:
        return QCoreApplication::translate("FailurePolicy",
            "finish the batch in which a ticket failed or became unknown, then stop: no later "
            "batch starts");
    case FailurePolicy::Continue:
        return QCoreApplication::translate("FailurePolicy",
            "go on with every approved batch; only the tickets that depend on a failed or "
            "unknown one are held back");
    }
    return {};
}

QString failurePolicyText(FailurePolicy policy)
{
    switch (policy) {
    case FailurePolicy::StopAtFirstFailure:
        return QCoreApplication::translate("FailurePolicy", "stop at the first failure");
    case FailurePolicy::FinishBatchThenStop:
        return QCoreApplication::translate("FailurePolicy", "finish the batch, then stop");
    case FailurePolicy::Continue:
        return QCoreApplication::translate("FailurePolicy", "continue");
    }
    return {};
}

QString RunSummary::stateText(const QString &state)
{
    if (state == u"cancelled")
        return QCoreApplication::translate("RunSummary", "cancelled");
    if (state == u"stopped")
        return QCoreApplication::translate("RunSummary", "stopped");
    return QCoreApplication::translate("RunSummary", "finished");
}

QString RunSummary::text() const
{
    QString line = QCoreApplication::translate(
        "RunSummary", "%1 of %2 released, %3 failed, %4 unknown, %5 skipped")
                       .arg(succeeded)
                       .arg(total)
                       .arg(failed)
                       .arg(unknown)
                       .arg(skipped);
    if (resentAfterExpiry > 0)
        line += QCoreApplication::translate(
            "RunSummary", "; %n sent again after the portal turned them away on an expired session",
            nullptr, resentAfterExpiry);
    if (cancelled)
        line += QCoreApplication::translate("RunSummary", "; cancelled");
    else if (stopped)
        line += QCoreApplication::translate("RunSummary", "; stopped by the failure policy");
    if (!error.isEmpty())
        //: A run summary, then the error that ended the run.
        line += QCoreApplication::translate("RunSummary", "; %1").arg(error);
    return line;
}
