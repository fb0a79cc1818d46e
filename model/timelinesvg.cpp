#include "timelinesvg.h"

#include "runtimeline.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
constexpr int labelWidth = 190;
constexpr int laneHeight = 8;
constexpr int laneGap = 2;
constexpr int headerHeight = 16;
constexpr int groupGap = 6;
constexpr int axisHeight = 18;

const char *fillOf(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Succeeded:
        return "#2da44e";
    case ReleaseState::Failed:
        return "#cf222e";
    case ReleaseState::Unknown:
        return "#bf8700";
    case ReleaseState::Skipped:
        return "#8c959f";
    default:
        return "#0969da"; // still sending
    }
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double value)
{
    return QString::number(value, 'f', 1);
}
} // namespace

QString TimelineSvg::render(const RunTimeline &timeline, int width)
{
    int height = axisHeight;
    for (const TimelineGroup &group : timeline.groups)
        height += headerHeight + std::max(1, group.lanes) * (laneHeight + laneGap) + groupGap;
    const double plotWidth = std::max(50, width - labelWidth - 10);
    const double scale = timeline.spanMs > 0 ? plotWidth / double(timeline.spanMs) : 0.0;

    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" "
                                 "width=\"%1\" height=\"%2\" font-family=\"sans-serif\" "
                                 "font-size=\"11\">\n")
                      .arg(width)
                      .arg(height);
    svg += QStringLiteral("<title>%1</title>\n").arg(esc(QCoreApplication::translate("TimelineSvg", "Run timeline")));
    // Axis: five ticks across the run.
    for (int tick = 0; tick <= 4; ++tick) {
        const qint64 ms = timeline.spanMs * tick / 4;
        const double x = labelWidth + double(ms) * scale;
        svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#d0d7de\"/>"
                              "<text x=\"%1\" y=\"12\" text-anchor=\"%4\">%5</text>\n")
                   .arg(num(x))
                   .arg(axisHeight - 4)
                   .arg(height)
                   .arg(tick == 4 ? QStringLiteral("end") : QStringLiteral("middle"))
                   .arg(esc(RunTimeline::durationText(ms)));
    }
    int y = axisHeight;
    for (const TimelineGroup &group : timeline.groups) {
        const QString header = group.bars.isEmpty()
            ? QCoreApplication::translate("TimelineSvg", "%1 · not started").arg(group.title)
            : QCoreApplication::translate("TimelineSvg", "%1 · %2").arg(group.title, RunTimeline::durationText(group.durationMs()));
        svg += QStringLiteral("<text x=\"2\" y=\"%1\" font-weight=\"bold\">%2</text>"
                              "<text x=\"2\" y=\"%3\" fill=\"#57606a\">%4</text>\n")
                   .arg(y + 12)
                   .arg(esc(header))
                   .arg(y + 12 + std::max(1, group.lanes) * (laneHeight + laneGap) / 2 + 6)
                   .arg(esc(QCoreApplication::translate("TimelineSvg", "%1 ✓ %2 ✗ %3 ? %4 skipped")
                                .arg(group.counts.released)
                                .arg(group.counts.failed)
                                .arg(group.counts.unknown)
                                .arg(group.counts.skipped)));
        y += headerHeight;
        for (const TimelineBar &bar : group.bars) {
            const double x = labelWidth + double(bar.startMs) * scale;
            const double w = std::max(1.0, double(bar.endMs - bar.startMs) * scale);
            svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                  "fill=\"%5\"><title>#%6 %7 · %8</title></rect>\n")
                       .arg(num(x))
                       .arg(y + bar.lane * (laneHeight + laneGap))
                       .arg(num(w))
                       .arg(laneHeight)
                       .arg(QLatin1String(fillOf(bar.state)))
                       .arg(esc(bar.ticketId), esc(bar.application),
                           esc(RunTimeline::durationText(bar.endMs - bar.startMs)));
        }
        y += std::max(1, group.lanes) * (laneHeight + laneGap) + groupGap;
    }
    svg += QStringLiteral("</svg>\n");
    return svg;
}
