#include "release/releaseoptions.h"

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

QString RunSummary::text() const
{
    QString line = QStringLiteral("%1 of %2 released, %3 failed, %4 unknown, %5 skipped")
                       .arg(succeeded)
                       .arg(total)
                       .arg(failed)
                       .arg(unknown)
                       .arg(skipped);
    if (cancelled)
        line += QStringLiteral("; cancelled");
    else if (stopped)
        line += QStringLiteral("; stopped by the failure policy");
    if (!error.isEmpty())
        line += QStringLiteral("; ") + error;
    return line;
}
