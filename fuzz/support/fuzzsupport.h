#pragma once

// What every fuzz target shares: the site profiles whose rules the hostile bytes are read with,
// loaded once, and a quiet Qt message handler (a warning per input would cost more than the
// input itself and bury the sanitizer's report).

#include "profile/siteprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace FuzzSupport {

struct NamedProfile
{
    QString name;
    SiteProfile profile;
};

// The embedded profiles ("demo", "demo-en", "demo-json") and the examples in
// resources/profiles/examples, pointed at one loopback origin. Aborts if one does not load:
// a fuzz run over a profile that is not there would test nothing.
const QList<NamedProfile> &profiles();

// The indexes into profiles() that read this input. Under libFuzzer: one, picked by a hash of
// the input, because reading every input with every profile multiplied the cost of an
// execution by the number of profiles (each one parses the page again) while the coverage
// feedback works as well per (input, profile) pair. The plain regression runner calls
// readWithEveryProfile() first: there every input is read with every profile, so an input
// kept from any profile's finding fails the test again.
QList<qsizetype> profilesFor(const QByteArray &input);
void readWithEveryProfile();

// Silences Qt's messages once per process.
void quietQt();

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Aborts with the message when a property that must hold for every input does not: libFuzzer
// keeps the input as a crash, the regression runner fails.
void require(bool holds, const char *what);

} // namespace FuzzSupport
