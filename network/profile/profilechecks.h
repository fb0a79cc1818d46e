#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Checks of values that are only strings to JSON: regular expressions and XPath expressions.
// A problem is appended under the given field path.
class ProfileChecks final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileChecks)

public:
    static void regex(const QString &pattern, const QString &path, QStringList *problems);
    static void xpath(const QString &xpath, const QString &path, QStringList *problems);
};
