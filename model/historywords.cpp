#include "historywords.h"

#include "releaseticket.h"

#include <QCoreApplication>

namespace HistoryWords {

QString outcome(const QString &outcome)
{
    bool isState = false;
    const ReleaseState state = releaseStateFromName(outcome, &isState);
    if (isState)
        return releaseStateWord(state);
    if (outcome == u"intent")
        return QCoreApplication::translate("HistoryWords", "about to be sent");
    if (outcome == u"sent")
        return QCoreApplication::translate("HistoryWords", "sent, no answer yet");
    if (outcome == u"not_sent")
        return QCoreApplication::translate("HistoryWords", "not sent");
    if (outcome == u"refused")
        return QCoreApplication::translate("HistoryWords", "turned away (session expired)");
    return outcome;
}

QString runState(const QString &state)
{
    // The run summary's words, shared with its context.
    if (state == u"finished")
        return QCoreApplication::translate("RunSummary", "finished");
    if (state == u"stopped")
        return QCoreApplication::translate("RunSummary", "stopped");
    if (state == u"cancelled")
        return QCoreApplication::translate("RunSummary", "cancelled");
    if (state == u"running")
        return QCoreApplication::translate("HistoryWords", "running");
    if (state == u"interrupted")
        return QCoreApplication::translate("HistoryWords", "interrupted");
    return state;
}

QString failurePolicy(const QString &policy)
{
    // The same words as failurePolicyText() in the network layer, which this layer cannot use.
    if (policy == u"stop")
        return QCoreApplication::translate("FailurePolicy", "stop at the first failure");
    if (policy == u"finish-batch")
        return QCoreApplication::translate("FailurePolicy", "finish the batch, then stop");
    if (policy == u"continue")
        return QCoreApplication::translate("FailurePolicy", "continue");
    if (policy == u"resend") // one ticket sent again by hand
        return QCoreApplication::translate("HistoryWords", "re-sent by hand");
    return policy;
}

} // namespace HistoryWords
