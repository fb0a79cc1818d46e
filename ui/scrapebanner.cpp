#include "scrapebanner.h"

#include "scrape/ticketscraper.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

ScrapeBanner::ScrapeBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    // No access key: every letter of it already belongs to a menu, a toolbar action or a
    // panel button of the window, and Alt+key must have one owner.
    , m_retry(new QPushButton(tr("Read the list again"), this))
{
    setObjectName(u"scrapeBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    // The palette's highlight pair: visible in every theme, light or dark, without fixed colours.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Highlight);
    m_text->setForegroundRole(QPalette::HighlightedText);
    m_text->setObjectName(u"scrapeBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_retry->setObjectName(u"scrapeRetryButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ScrapeBanner::retryRequested);
    hide();
}

QString ScrapeBanner::text() const
{
    return m_text->text();
}

void ScrapeBanner::showResult(const ScrapeResult &result)
{
    if (result.cancelled || result.isComplete()) {
        hide();
        return;
    }
    QString why = result.error.isError() ? result.error.text() : QString();
    if (why.isEmpty() && result.portalTotal >= 0)
        why = tr("the portal lists %1 tickets but %2 were read")
                  .arg(result.portalTotal)
                  .arg(result.rows);
    m_text->setText(tr("The ticket list is incomplete: %1 of %2 page(s) could not be read (%3). "
                       "Nothing is planned from a partial list.")
                        .arg(result.pagesFailed)
                        .arg(result.pagesKnown)
                        .arg(why));
    show();
}
