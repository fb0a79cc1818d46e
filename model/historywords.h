#pragma once

#include <QString>

// The history stores outcomes, run states and failure policies as stable keys ("succeeded",
// "stopped", "finish-batch") for exports and scripts; a person reads them as words in their own
// language. A key not known here is shown as it is.
namespace HistoryWords {
QString outcome(const QString &outcome);
QString runState(const QString &state);
QString failurePolicy(const QString &policy);
} // namespace HistoryWords
