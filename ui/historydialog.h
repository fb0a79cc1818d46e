#pragma once

#include <QDialog>

class HistoryStore;
class QComboBox;
class QTabWidget;
class QTableWidget;
class TimelineView;

// The history of runs (from the HistoryStore), newest first, each with its counts by outcome,
// duration, profile and host; filters by outcome and application. Below, the selected run's
// requests or its timeline; export of the selected run as CSV, JSON or a self-contained HTML
// report (with the timeline as SVG).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(HistoryStore *store, QWidget *parent = nullptr);

    QTableWidget *runTable() const { return m_runs; }
    QTableWidget *requestTable() const { return m_requests; }
    qint64 selectedRun() const;
    QComboBox *outcomeFilter() const { return m_outcome; }
    QComboBox *applicationFilter() const { return m_application; }
    TimelineView *timeline() const { return m_timeline; }
    void openTimeline(); // shows the selected run's timeline

    // format: "csv", "json" or "html". Returns an error text, empty on success. The buttons call
    // this after a file dialog; tests call it directly.
    QString exportRun(qint64 run, const QString &format, const QString &path) const;

    void reload();

private:
    void showRequests();
    void applyFilter();
    void exportSelected(const QString &format);

    HistoryStore *m_store;
    QTableWidget *m_runs;
    QTableWidget *m_requests;
    QComboBox *m_outcome;
    QComboBox *m_application;
    QTabWidget *m_details;
    TimelineView *m_timeline;
};
