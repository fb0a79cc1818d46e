#pragma once

#include "releaseticket.h"

#include <QIcon>
#include <QPalette>
#include <QString>

// How a ReleaseState looks to a person: a translated label, a standard icon and a colour taken
// from the palette (never a fixed colour, so dark themes and high contrast keep working).
namespace StatePresentation {
QString label(ReleaseState state);
QIcon icon(ReleaseState state);
QColor colour(ReleaseState state, const QPalette &palette);
// The fill of an outcome in bars and the timeline: released green, failed red, unknown amber,
// skipped grey, remaining the palette's base. Palettes have no success or error roles, so the
// hues are fixed and their lightness follows the palette (lighter on a dark window).
QColor fill(ReleaseState state, const QPalette &palette);
} // namespace StatePresentation
