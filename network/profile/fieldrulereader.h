#pragma once

#include "profile/fieldrule.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>

#include <optional>

class ObjectReader;

// Reads one field rule: a string shorthand (a header text for HTML lists, a JSON path for JSON
// lists) or an object. Used by every section that locates a value (columns, links, pager).
class FieldRuleReader final
{
    Q_DECLARE_TR_FUNCTIONS(FieldRuleReader)

public:
    struct Context
    {
        bool json = false; // the list is JSON: rules locate by path
        int format = 1; // the profile's format: format-2 keys are unknown in format 1
    };

    static FieldRule read(
        const QJsonValue &value, const QString &path, QStringList *problems, Context context);
    // The rule under `key` of an open object, or nullopt when the key is absent.
    static std::optional<FieldRule> optional(ObjectReader &r, const QString &key, Context context);

private:
    static void readFormatTwo(ObjectReader &r, FieldRule &rule);
};
