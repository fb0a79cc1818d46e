#pragma once

#include <QLoggingCategory>

// One category per subsystem. Wire-level tracing (every request line) is the debug level of
// rd.network.wire, off by default: QT_LOGGING_RULES="rd.network.wire.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcScrape)
Q_DECLARE_LOGGING_CATEGORY(lcRelease)
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
Q_DECLARE_LOGGING_CATEGORY(lcWire)

// Text safe to log: values of cookies, tokens, passwords and session ids replaced by "***".
// Applies to query strings, form bodies and header lines alike.
QString redactSecrets(const QString &text);
