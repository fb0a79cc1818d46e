#include "statepresentation.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace StatePresentation {

QString label(ReleaseState state)
{
    switch (state) {
    case ReleaseState::Pending:
        return QCoreApplication::translate("StatePresentation", "Pending");
    case ReleaseState::Approved:
        return QCoreApplication::translate("StatePresentation", "Approved");
    case ReleaseState::Queued:
        return QCoreApplication::translate("StatePresentation", "Queued");
    case ReleaseState::Sending:
        return QCoreApplication::translate("StatePresentation", "Sending");
    case ReleaseState::Succeeded:
        return QCoreApplication::translate("StatePresentation", "Released");
    case ReleaseState::Failed:
        return QCoreApplication::translate("StatePresentation", "Failed");
    case ReleaseState::Unknown:
        return QCoreApplication::translate("StatePresentation", "Unknown — check on portal");
    case ReleaseState::Skipped:
        return QCoreApplication::translate("StatePresentation", "Skipped");
    }
    return {};
}

QIcon icon(ReleaseState state)
{
    QStyle *style = QApplication::style();
    switch (state) {
    case ReleaseState::Succeeded:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ReleaseState::Failed:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ReleaseState::Unknown:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ReleaseState::Sending:
        return style->standardIcon(QStyle::SP_ArrowForward);
    case ReleaseState::Queued:
    case ReleaseState::Approved:
        return style->standardIcon(QStyle::SP_MediaPause);
    case ReleaseState::Skipped:
        // Not the red cross of a failure: skipped means "not sent", not "went wrong".
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    case ReleaseState::Pending:
        break;
    }
    return {};
}

QColor colour(ReleaseState state, const QPalette &palette)
{
    switch (state) {
    case ReleaseState::Failed:
    case ReleaseState::Unknown:
    case ReleaseState::Succeeded: {
        // Text in the outcome's hue, dark enough to read on the base colour (or light enough
        // on a dark one); success is green, not the link colour, so it does not read as a link.
        QColor text = fill(state, palette);
        return palette.color(QPalette::Base).lightness() > 128 ? text.darker(130)
                                                               : text.lighter(130);
    }
    case ReleaseState::Skipped:
    case ReleaseState::Pending:
        return palette.color(QPalette::PlaceholderText);
    default:
        return palette.color(QPalette::Text);
    }
}

QColor fill(ReleaseState state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    auto hue = [dark](int r, int g, int b) {
        const QColor colour(r, g, b);
        return dark ? colour.lighter(125) : colour;
    };
    switch (state) {
    case ReleaseState::Succeeded:
        return hue(0x2d, 0xa4, 0x4e);
    case ReleaseState::Failed:
        return hue(0xcf, 0x22, 0x2e);
    case ReleaseState::Unknown:
        return hue(0xbf, 0x87, 0x00);
    case ReleaseState::Skipped:
        return palette.color(QPalette::Mid);
    case ReleaseState::Sending:
    case ReleaseState::Queued:
        return palette.color(QPalette::Highlight);
    default:
        return palette.color(QPalette::Base);
    }
}

} // namespace StatePresentation
