#pragma once

#include <QString>
#include <QStringList>

// What is wrong with a profile: one line per problem, each naming the exact field path
// ("list.columns.application.header: must be a non-empty string").
struct ProfileError
{
    QString source; // file or resource the profile came from, for the message
    QStringList problems;

    QString text() const; // "<source>: " + problems joined by newlines
};
