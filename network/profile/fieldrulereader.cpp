#include "profile/fieldrulereader.h"

#include "profile/objectreader.h"
#include "profile/profilechecks.h"

FieldRule FieldRuleReader::read(
    const QJsonValue &value, const QString &path, QStringList *problems, Context context)
{
    FieldRule rule;
    if (value.isString()) { // shorthand: "应用" is a header, "app" a JSON path
        if (value.toString().trimmed().isEmpty())
            problems->append(path + u": " + tr("must be a non-empty string"));
        else if (context.json)
            rule.path = value.toString();
        else
            rule.header = value.toString();
        return rule;
    }
    if (!value.isObject()) {
        problems->append(path + u": " + tr("must be an object (or a header text / JSON path)"));
        return rule;
    }
    ObjectReader r(value.toObject(), path, problems);
    r.string(QStringLiteral("header"), rule.header);
    r.string(QStringLiteral("xpath"), rule.xpath);
    r.string(QStringLiteral("attribute"), rule.attribute);
    r.string(QStringLiteral("regex"), rule.regex);
    r.string(QStringLiteral("split"), rule.split, false, false);
    r.string(QStringLiteral("path"), rule.path);
    if (context.format >= 2)
        readFormatTwo(r, rule);
    ProfileChecks::regex(rule.regex, r.at(QStringLiteral("regex")), problems);
    ProfileChecks::xpath(rule.xpath, r.at(QStringLiteral("xpath")), problems);
    // Counted by presence, so an empty "header" is reported once (as empty), not twice.
    const int ways = int(r.has(QStringLiteral("header"))) + int(r.has(QStringLiteral("xpath")))
        + int(r.has(QStringLiteral("path")));
    if (ways == 0)
        problems->append(path + u": " + tr("needs one of header, xpath or path"));
    else if (ways > 1)
        problems->append(path + u": " + tr("give only one of header, xpath or path"));
    else if (context.json && !r.has(QStringLiteral("path")))
        problems->append(path + u": " + tr("a JSON list needs path"));
    else if (!context.json && r.has(QStringLiteral("path")))
        problems->append(
            path + u": " + tr("path is for JSON lists; an HTML list needs header or xpath"));
    return rule;
}

void FieldRuleReader::readFormatTwo(ObjectReader &r, FieldRule &rule)
{
    r.string(QStringLiteral("marker"), rule.marker);
    ProfileChecks::regex(rule.marker, r.at(QStringLiteral("marker")), r.problems());
    if (r.has(QStringLiteral("marker")) && r.has(QStringLiteral("regex")))
        r.fail(QStringLiteral("marker"),
            tr("give regex (a value) or marker (true when it matches), not both"));
    r.stringMap(QStringLiteral("map"), rule.map);
    if (r.has(QStringLiteral("map")) && rule.map.isEmpty())
        r.fail(QStringLiteral("map"), tr("must map at least one value"));
    if (r.has(QStringLiteral("default"))) {
        rule.hasDefault = true;
        r.string(QStringLiteral("default"), rule.defaultValue, false, false);
    }
}

std::optional<FieldRule> FieldRuleReader::optional(
    ObjectReader &r, const QString &key, Context context)
{
    const QJsonValue v = r.value(key);
    if (v.isUndefined())
        return std::nullopt;
    return read(v, r.at(key), r.problems(), context);
}
