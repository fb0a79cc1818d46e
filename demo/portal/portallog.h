#pragma once

#include <QLoggingCategory>

// "releasedesk.demo": refused requests, injected faults and limits, at debug level (off in tests
// by default; QT_LOGGING_RULES="releasedesk.demo.debug=true" shows them).
Q_DECLARE_LOGGING_CATEGORY(lcDemoPortal)
