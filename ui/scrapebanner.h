#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
struct ScrapeResult;

// Says, above everything, that the ticket list is incomplete (pages that could not be read, a
// count that disagrees), so nobody plans or releases from a partial list without seeing it, and
// offers to read the list again. Hidden while the list is whole.
class ScrapeBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit ScrapeBanner(QWidget *parent = nullptr);

    void showResult(const ScrapeResult &result);
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
};
