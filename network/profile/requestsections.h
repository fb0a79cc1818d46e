#pragma once

#include <QStringList>

class ObjectReader;
struct SiteProfile;

// Hooks through which the request side of format 2 (login.request, captures, headers per
// request kind, release.steps) reads its keys, so it grows in its own files without changes to
// the section parsers. Each hook is called while the named section's object is open: a key the
// hook reads (ObjectReader::value) is no longer "unknown", and problems carry the section's path
// (ObjectReader::at). profile.format says which format the file declares; format-1 files must
// keep rejecting keys that only format 2 knows.
namespace RequestSections {

// Top-level keys (e.g. "captures", "headers").
void readTopLevel(ObjectReader &top, SiteProfile &profile);
// Keys inside "login" (e.g. "request").
void readLogin(ObjectReader &login, SiteProfile &profile);
// Keys inside "release" (e.g. "steps").
void readRelease(ObjectReader &release, SiteProfile &profile);
// Checks across sections once the whole file is read without problems (e.g. a placeholder that
// nothing fills).
void check(const SiteProfile &profile, QStringList *problems);

} // namespace RequestSections
