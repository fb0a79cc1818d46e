#include "portallog.h"

Q_LOGGING_CATEGORY(lcDemoPortal, "releasedesk.demo", QtInfoMsg)
