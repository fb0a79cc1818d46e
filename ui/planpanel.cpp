#include "planpanel.h"

#include "appsettings.h"
#include "planmodel.h"
#include "countsbardelegate.h"
#include "releaseworkflow.h"
#include "settingsdialog.h"
#include "statedelegate.h"
#include "statepresentation.h"
#include "tickettablemodel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

PlanPanel::PlanPanel(ReleaseWorkflow *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_view(new QTreeView(this))
    , m_banner(new QLabel(this))
    , m_violations(new QListWidget(this))
    , m_policy(new QComboBox(this))
    , m_details(new QLabel(this))
{
    PlanModel *model = controller->plan();
    m_view->setObjectName(u"planView"_s);
    m_view->setModel(model);
    m_view->setItemDelegateForColumn(PlanModel::ProgressColumn, new CountsBarDelegate(m_view));
    m_view->setItemDelegateForColumn(PlanModel::StateColumn, new StateDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setUniformRowHeights(true); // cheap layout with thousands of tickets
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionsMovable(true);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &PlanPanel::showContextMenu);
    // A new plan opens with its batches expanded, so the reasons are visible at once.
    connect(model, &QAbstractItemModel::modelReset, m_view, [this] {
        if (m_view->model()->rowCount() <= 200)
            m_view->expandAll();
        fitNameColumn();
    });
    connect(model, &PlanModel::planEdited, this, &PlanPanel::fitNameColumn);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) { showDetails(current); });
    // A selection made without moving the current row (a click with Ctrl, a script) counts too.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        showDetails(rows.isEmpty() ? m_view->currentIndex() : rows.first());
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { showDetails({}); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        showDetails(rows.isEmpty() ? m_view->currentIndex() : rows.first());
    });
    // The state and progress columns need room for "partly failed" and the counts.
    m_view->header()->resizeSection(PlanModel::StateColumn, 130);
    m_view->header()->resizeSection(PlanModel::ProgressColumn, 190);

    m_banner->setObjectName(u"violationBanner"_s);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setForegroundRole(QPalette::LinkVisited);
    m_banner->hide();
    m_violations->setObjectName(u"violationList"_s);
    m_violations->setMaximumHeight(110);
    m_violations->hide();
    connect(model, &PlanModel::violationsChanged, this, &PlanPanel::showViolations);
    connect(model, &QAbstractItemModel::modelReset, this,
        [this, model] { showViolations(model->violations()); });

    m_policy->setObjectName(u"runPolicyCombo"_s);
    SettingsDialog::fillFailurePolicies(m_policy, AppSettings::failurePolicy());
    auto *runForm = new QFormLayout;
    runForm->addRow(tr("When a release &fails:"), m_policy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_details->setObjectName(u"planDetails"_s);
    m_details->setTextFormat(Qt::PlainText); // ticket data and reasons come from the portal
    m_details->setWordWrap(true);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(4);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3 + 10);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    showDetails({});
    layout->addWidget(m_view, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_banner);
    layout->addWidget(m_violations);
    layout->addLayout(runForm);
}

QString PlanPanel::failurePolicy() const
{
    return m_policy->currentData().toString();
}

void PlanPanel::showViolations(const QList<PlanViolation> &violations)
{
    m_violations->clear();
    const QIcon icon = StatePresentation::icon(ReleaseState::Unknown);
    for (const PlanViolation &violation : violations) {
        // QListWidgetItem text is plain text: ticket data cannot inject markup here.
        auto *item = new QListWidgetItem(icon, violation.message, m_violations);
        item->setData(Qt::UserRole, violation.batchIndex);
    }
    m_banner->setText(violations.isEmpty()
            ? QString()
            : tr("The plan breaks %n constraint(s); it cannot be started until they "
                 "are fixed:",
                nullptr, int(violations.size())));
    m_banner->setVisible(!violations.isEmpty());
    m_violations->setVisible(!violations.isEmpty());
}

QList<int> PlanPanel::selectedBatches() const
{
    QList<int> batches;
    const PlanModel *model = m_controller->plan();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const int batch = model->batchIndexAt(row);
        if (batch >= 0 && !batches.contains(batch))
            batches << batch;
    }
    std::sort(batches.begin(), batches.end());
    return batches;
}

QStringList PlanPanel::selectedTicketIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QString id = m_controller->plan()->ticketIdAt(row);
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

QMenu *PlanPanel::contextMenuFor(const QModelIndex &index, QWidget *parent)
{
    PlanModel *model = m_controller->plan();
    auto *menu = new QMenu(parent);
    const int batch = model->batchIndexAt(index);
    if (batch < 0)
        return menu;
    const QString ticketId = model->ticketIdAt(index);
    const int batchCount = model->rowCount();
    const bool editable = m_controller->phase() == ReleaseWorkflow::Phase::Ready;

    if (!ticketId.isEmpty()) {
        QMenu *move = menu->addMenu(tr("&Move to batch"));
        move->setObjectName(u"moveToBatchMenu"_s);
        for (int target = 0; target < batchCount; ++target) {
            if (target == batch)
                continue;
            QAction *action = move->addAction(tr("Batch %1").arg(target + 1));
            action->setData(target);
            connect(action, &QAction::triggered, this,
                [this, ticketId, target] { m_controller->moveTicket(ticketId, target); });
        }
        move->addSeparator();
        QAction *newBatch = move->addAction(tr("New batch at the end"));
        connect(newBatch, &QAction::triggered, this,
            [this, ticketId, batchCount] { m_controller->moveToNewBatch(ticketId, batchCount); });
        move->setEnabled(editable);
        QAction *exclude = menu->addAction(tr("&Exclude from the release"));
        exclude->setObjectName(u"excludeAction"_s);
        exclude->setEnabled(editable);
        connect(exclude, &QAction::triggered, this,
            [this, ticketId] { m_controller->excludeTicket(ticketId); });
        menu->addSeparator();
    }

    QAction *split = menu->addAction(tr("&Split batch"));
    split->setObjectName(u"splitAction"_s);
    split->setToolTip(tr("The selected tickets (or the second half) move into a new batch after "
                         "this one."));
    split->setEnabled(editable && model->plan().batches.at(batch).size() > 1);
    connect(split, &QAction::triggered, this, [this, batch] {
        const PlanBatch &planBatch = m_controller->plan()->plan().batches.at(batch);
        QStringList out;
        for (const QString &id : selectedTicketIds()) {
            if (planBatch.ticketIds.contains(id))
                out << id;
        }
        if (out.isEmpty() || out.size() == planBatch.size())
            out = planBatch.ticketIds.mid(planBatch.size() / 2);
        m_controller->splitBatch(batch, out);
    });
    QAction *merge = menu->addAction(tr("Merge with &next"));
    merge->setObjectName(u"mergeAction"_s);
    merge->setEnabled(editable && batch + 1 < batchCount);
    connect(
        merge, &QAction::triggered, this, [this, batch] { m_controller->mergeWithNext(batch); });
    menu->addSeparator();
    QAction *approve = menu->addAction(tr("&Approve this batch…"));
    approve->setObjectName(u"approveBatchAction"_s);
    approve->setEnabled(editable && !model->plan().batches.at(batch).approved);
    connect(
        approve, &QAction::triggered, this, [this, batch] { Q_EMIT approveRequested({ batch }); });
    return menu;
}

void PlanPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu *menu = contextMenuFor(index, this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

QByteArray PlanPanel::saveState() const
{
    return m_view->header()->saveState();
}

void PlanPanel::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->header()->restoreState(state);
}

void PlanPanel::fitNameColumn()
{
    // Batch titles are never cut: the first column is as wide as the longest one (measured,
    // not ResizeToContents, which would look at every ticket row of a large plan).
    const PlanModel *model = m_controller->plan();
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = metrics.horizontalAdvance(
        model->headerData(PlanModel::NameColumn, Qt::Horizontal).toString());
    for (int b = 0; b < model->rowCount(); ++b)
        width = std::max(width,
            metrics.horizontalAdvance(model->index(b, PlanModel::NameColumn).data().toString()));
    // Indentation, expand arrow, icon and margins.
    width += m_view->indentation() + 36;
    if (m_view->header()->sectionSize(PlanModel::NameColumn) < width)
        m_view->header()->resizeSection(PlanModel::NameColumn, width);
}

void PlanPanel::showDetails(const QModelIndex &current)
{
    const PlanModel *model = m_controller->plan();
    const int batch = model->batchIndexAt(current);
    if (!current.isValid() || batch < 0) {
        m_details->setText(model->rowCount() > 0
                ? tr("Select a batch or a ticket to see why it is where it is.")
                : tr("No plan yet: read the tickets to get one."));
        return;
    }
    const QString id = model->ticketIdAt(current);
    if (id.isEmpty()) {
        const RunCounts counts = model->batchCounts(batch);
        QStringList lines { model->batchTitle(batch) + u" — "_s + model->batchStateText(batch) };
        if (model->touchesProduction(batch))
            lines << tr("Releases to production.");
        lines << counts.text();
        m_details->setText(lines.join(u'\n'));
        return;
    }
    const PlanBatch &planBatch = model->plan().batches.at(batch);
    const ReleaseTicket *ticket = model->ticket(id);
    QStringList lines;
    lines << (ticket ? tr("#%1 %2 %3 → %4").arg(id, ticket->application, ticket->version,
                           ticket->environment)
                     : u"#"_s + id);
    lines << tr("Why here: %1").arg(planBatch.reason(id));
    // The live message (the portal's answer, why skipped) is in the ticket table.
    const TicketTableModel *table = m_controller->tickets();
    const int row = table->rowOf(id);
    const QString message = row >= 0 ? table->ticket(row).message : QString();
    const QString state = StatePresentation::label(model->ticketState(id));
    lines << (message.isEmpty() ? tr("State: %1").arg(state)
                                : tr("State: %1 — %2").arg(state, message));
    m_details->setText(lines.join(u'\n'));
}
