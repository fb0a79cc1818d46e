#pragma once

#include "profile/profileerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

struct SiteProfile;

// Turns a profile file into a SiteProfile: parses the JSON, checks the format number, runs each
// section's parser and collects every problem with its field path. Format 1 and format 2 share
// the parsers; keys only format 2 knows are unknown keys in a format-1 file.
class ProfileLoader final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileLoader)

public:
    static constexpr int oldestFormat = 1;
    static constexpr int newestFormat = 2;

    static std::optional<SiteProfile> fromJson(
        const QByteArray &json, ProfileError *error, const QString &source);
    static std::optional<SiteProfile> load(const QString &pathOrName, ProfileError *error);

private:
    static void readTopLevel(const QJsonObject &object, SiteProfile &profile, QStringList *problems);
};
