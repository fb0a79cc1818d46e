#pragma once

#include <QDialog>

class HistoryStore;
class QTableWidget;

// The history of runs (from the HistoryStore): runs above, the selected run's requests below,
// export of the selected run as CSV, JSON or a self-contained HTML report.
class HistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit HistoryDialog(HistoryStore *store, QWidget *parent = nullptr);

    QTableWidget *runTable() const { return m_runs; }
    QTableWidget *requestTable() const { return m_requests; }
    qint64 selectedRun() const;

    // format: "csv", "json" or "html". Returns an error text, empty on success. The buttons call
    // this after a file dialog; tests call it directly.
    QString exportRun(qint64 run, const QString &format, const QString &path) const;

    void reload();

private:
    void showRequests();
    void exportSelected(const QString &format);

    HistoryStore *m_store;
    QTableWidget *m_runs;
    QTableWidget *m_requests;
};
