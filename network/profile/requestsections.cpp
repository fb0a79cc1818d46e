#include "profile/requestsections.h"

#include "profile/objectreader.h"
#include "profile/siteprofile.h"

// The request side's own reader plugs in here. Until it does, its keys are left unread, and the
// loader reports each as an unknown key at its exact path: a profile never silently relies on
// a part that is not there.

void RequestSections::readTopLevel(ObjectReader &, SiteProfile &) { }

void RequestSections::readLogin(ObjectReader &, SiteProfile &) { }

void RequestSections::readRelease(ObjectReader &, SiteProfile &) { }

void RequestSections::check(const SiteProfile &, QStringList *) { }
