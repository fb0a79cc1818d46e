#pragma once

#include <QList>
#include <QPair>
#include <QString>

// How one value is found: in an HTML row by header text or XPath, or in a JSON item by path.
// The same shape serves ticket columns, the release link, the pager's total and page count.
// A found value goes through, in this order: attribute (or text), regex or marker, map,
// default, split (docs/profile.md, "The order rules apply in").
struct FieldRule
{
    QString header; // text of the column header ("应用"); the cell under it is used
    QString xpath; // XPath 1.0 relative to the row (or to the document for pager values)
    QString attribute; // take this attribute (e.g. "href") instead of the text
    QString regex; // optional; the first capture group (or whole match) is the value
    QString split; // optional separator turning the value into a list ("," for dependencies)
    QString path; // JSON variant: dotted path into the item ("depends_on", "meta.app")
    // Format 2. The value is "true" when this regular expression matches the text, else "false"
    // ("exclusive" somewhere in a free-text remarks column).
    QString marker;
    // Format 2. Value -> replacement, compared trimmed and case-insensitively; "*" stands for
    // every other non-empty value. Values without an entry (and no "*") stay as they are.
    QList<QPair<QString, QString>> map;
    // Format 2. Used when the value is empty after the map, or the element is absent.
    QString defaultValue;
    bool hasDefault = false;

    bool isEmpty() const { return header.isEmpty() && xpath.isEmpty() && path.isEmpty(); }
    // The value after regex/marker: map, then default. Regex and marker are applied by the
    // extractor, which holds the compiled expressions.
    QString mapped(const QString &value) const;
};
