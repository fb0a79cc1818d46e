#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

// Installs ReleaseDesk's own translation (built into the binary under :/i18n) and Qt's own
// (qtbase_*, from the system's Qt translations when present) for the chosen language.
namespace Translations {
// "system" follows QLocale::system(); "zh_CN" or "en" override it.
QLocale localeFor(const QString &languageSetting);
// Returns false when no ReleaseDesk translation matched (English source strings are shown).
bool install(QCoreApplication *app, const QString &languageSetting);
} // namespace Translations
