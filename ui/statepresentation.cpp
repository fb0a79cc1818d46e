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
        return style->standardIcon(QStyle::SP_DialogCancelButton);
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
        // The palette has no "error" role; the link-visited and highlight roles are the
        // themed accents that stand out on both light and dark palettes.
        return palette.color(QPalette::LinkVisited);
    case ReleaseState::Succeeded:
        return palette.color(QPalette::Link);
    case ReleaseState::Skipped:
    case ReleaseState::Pending:
        return palette.color(QPalette::PlaceholderText);
    default:
        return palette.color(QPalette::Text);
    }
}

} // namespace StatePresentation
