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
} // namespace StatePresentation
