#pragma once

#include <QString>

// How one value is found: in an HTML row by header text or XPath, or in a JSON item by path.
// The same shape serves ticket columns, the release link, the pager's total and page count.
struct FieldRule
{
    QString header; // text of the column header ("应用"); the cell under it is used
    QString xpath; // XPath 1.0 relative to the row (or to the document for pager values)
    QString attribute; // take this attribute (e.g. "href") instead of the text
    QString regex; // optional; the first capture group (or whole match) is the value
    QString split; // optional separator turning the value into a list ("," for dependencies)
    QString path; // JSON variant: dotted path into the item ("depends_on", "meta.app")

    bool isEmpty() const { return header.isEmpty() && xpath.isEmpty() && path.isEmpty(); }
};
