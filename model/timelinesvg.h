#pragma once

#include <QString>

struct RunTimeline;

// The timeline as inline SVG for the HTML report: the same groups, lanes and outcome colours
// as the window's timeline view, fixed colours (a report has no palette). Every text escaped.
namespace TimelineSvg {
QString render(const RunTimeline &timeline, int width = 960);
}
