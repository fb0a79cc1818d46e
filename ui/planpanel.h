#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTreeView;
class ReleaseWorkflow;
struct PlanViolation;

// The plan: batches as a tree with kind, tickets, progress and the reason for each placement.
// Tickets are moved by drag and drop (PlanModel's mime data) or the context menu (move to batch,
// split, merge with next, exclude); what an edit breaks is listed under the tree at once.
// Below it a details pane says, without hovering, why the current ticket is where it is (or what
// happened to the current batch); then the run controls: the failure policy.
class PlanPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit PlanPanel(ReleaseWorkflow *controller, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QListWidget *violationList() const { return m_violations; }
    QComboBox *policyCombo() const { return m_policy; }
    QString failurePolicy() const;

    // The batches the current selection touches (a batch row or any of its tickets).
    QList<int> selectedBatches() const;
    QStringList selectedTicketIds() const;

    // The context menu for the row at index, built as the user would see it (tests trigger its
    // actions directly).
    QMenu *contextMenuFor(const QModelIndex &index, QWidget *parent);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void approveRequested(const QList<int> &batches);

private:
    void showViolations(const QList<PlanViolation> &violations);
    void showContextMenu(const QPoint &pos);
    void showDetails(const QModelIndex &current);
    void fitNameColumn();

    ReleaseWorkflow *m_controller;
    QTreeView *m_view;
    QLabel *m_banner;
    QListWidget *m_violations;
    QComboBox *m_policy;
    QLabel *m_details;
};
