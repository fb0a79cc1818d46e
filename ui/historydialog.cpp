#include "historydialog.h"

#include "historystore.h"
#include "historywords.h"
#include "runtimeline.h"
#include "runstatuswidget.h"
#include "timelineview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString when(const QDateTime &time)
{
    // Seconds matter when runs are minutes apart; the date in ISO order sorts as it reads.
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

void setRow(QTableWidget *table, int row, const QStringList &values)
{
    for (int column = 0; column < values.size(); ++column)
        table->setItem(row, column, new QTableWidgetItem(values.at(column))); // plain text
}
} // namespace

HistoryDialog::HistoryDialog(HistoryStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_runs(makeTable({ tr("Run"), tr("Started"), tr("Duration"), tr("Released"), tr("Failed"),
                           tr("Unknown"), tr("Skipped"), tr("State"), tr("Profile"), tr("Host"),
                           tr("User"), tr("Failure policy") },
          this))
    , m_requests(makeTable({ tr("Ticket"), tr("Application"), tr("Version"), tr("Sent"),
                               tr("Finished"), tr("HTTP"), tr("Outcome"), tr("Message") },
          this))
    , m_outcome(new QComboBox(this))
    , m_application(new QComboBox(this))
    , m_details(new QTabWidget(this))
    , m_timeline(new TimelineView(this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("Release history"));
    m_runs->setObjectName(u"runTable"_s);
    m_runs->horizontalHeader()->setStretchLastSection(false);
    m_requests->setObjectName(u"requestTable"_s);
    m_outcome->setObjectName(u"outcomeFilter"_s);
    m_outcome->addItem(tr("All runs"), u"all"_s);
    m_outcome->addItem(tr("With failures"), u"failed"_s);
    m_outcome->addItem(tr("With unknown outcomes"), u"unknown"_s);
    m_outcome->addItem(tr("With skipped tickets"), u"skipped"_s);
    m_outcome->addItem(tr("Everything released"), u"clean"_s);
    m_application->setObjectName(u"applicationFilter"_s);
    m_timeline->setFollowing(false);
    m_details->setObjectName(u"historyDetails"_s);
    m_details->addTab(m_requests, tr("Requests"));
    m_details->addTab(m_timeline, tr("Timeline"));

    auto *filters = new QHBoxLayout;
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    auto *appLabel = new QLabel(tr("A&pplication:"), this);
    appLabel->setBuddy(m_application);
    filters->addWidget(outcomeLabel);
    filters->addWidget(m_outcome);
    filters->addWidget(appLabel);
    filters->addWidget(m_application, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runs);
    splitter->addWidget(m_details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *timeline = buttons->addButton(tr("Open &timeline"), QDialogButtonBox::ActionRole);
    timeline->setObjectName(u"openTimelineButton"_s);
    connect(timeline, &QPushButton::clicked, this, &HistoryDialog::openTimeline);
    for (const auto &[format, label] :
        { std::pair { u"csv"_s, tr("Export &CSV…") }, std::pair { u"json"_s, tr("Export &JSON…") },
            std::pair { u"html"_s, tr("Export &HTML report…") } }) {
        QPushButton *button = buttons->addButton(label, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, this, [this, format] { exportSelected(format); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    resize(1100, 680);

    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::showRequests);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    connect(m_application, &QComboBox::currentIndexChanged, this, &HistoryDialog::applyFilter);
    reload();
}

void HistoryDialog::reload()
{
    // Newest first: the run a person looks for is almost always the last one.
    const QList<HistoryRun> runs = m_store->runsNewestFirst();
    const QHash<qint64, RunCounts> counts = m_store->countsByRun();
    const QHash<qint64, QStringList> apps = m_store->applicationsByRun();
    QStringList allApps;
    m_runs->setSortingEnabled(false);
    m_runs->setRowCount(int(runs.size()));
    for (int row = 0; row < runs.size(); ++row) {
        const HistoryRun &run = runs.at(row);
        const RunCounts c = counts.value(run.id);
        const QString duration = run.startedAt.isValid() && run.finishedAt.isValid()
            ? RunStatusWidget::duration(run.startedAt.msecsTo(run.finishedAt))
            : QString();
        setRow(m_runs, row,
            { QString::number(run.id), when(run.startedAt), duration, QString::number(c.released),
                QString::number(c.failed), QString::number(c.unknown), QString::number(c.skipped),
                HistoryWords::runState(run.state), run.profile, QUrl(run.baseUrl).host(), run.user,
                HistoryWords::failurePolicy(run.failurePolicy) });
        m_runs->item(row, 0)->setData(Qt::UserRole, run.id);
        m_runs->item(row, 0)->setData(Qt::UserRole + 1, QVariant::fromValue(c));
        m_runs->item(row, 0)->setData(Qt::UserRole + 2, apps.value(run.id));
        m_runs->item(row, 9)->setToolTip(run.baseUrl);
        for (const QString &app : apps.value(run.id)) {
            if (!allApps.contains(app))
                allApps << app;
        }
    }
    m_runs->resizeColumnsToContents();
    allApps.sort();
    const QString current = m_application->currentData().toString();
    {
        const QSignalBlocker blocker(m_application);
        m_application->clear();
        m_application->addItem(tr("All applications"), QString());
        for (const QString &app : std::as_const(allApps))
            m_application->addItem(app, app);
        m_application->setCurrentIndex(qMax(0, m_application->findData(current)));
    }
    applyFilter();
}

void HistoryDialog::applyFilter()
{
    const QString outcome = m_outcome->currentData().toString();
    const QString app = m_application->currentData().toString();
    int firstVisible = -1;
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        const QTableWidgetItem *item = m_runs->item(row, 0);
        const RunCounts c = item->data(Qt::UserRole + 1).value<RunCounts>();
        bool show = true;
        if (outcome == u"failed")
            show = c.failed > 0;
        else if (outcome == u"unknown")
            show = c.unknown > 0;
        else if (outcome == u"skipped")
            show = c.skipped > 0;
        else if (outcome == u"clean")
            show = c.total() > 0 && c.released == c.total();
        if (show && !app.isEmpty())
            show = item->data(Qt::UserRole + 2).toStringList().contains(app);
        m_runs->setRowHidden(row, !show);
        if (show && firstVisible < 0)
            firstVisible = row;
    }
    const QList<QTableWidgetItem *> selected = m_runs->selectedItems();
    if (selected.isEmpty() || m_runs->isRowHidden(selected.first()->row())) {
        if (firstVisible >= 0)
            m_runs->selectRow(firstVisible);
        else
            m_runs->clearSelection();
    }
}

void HistoryDialog::openTimeline()
{
    m_details->setCurrentWidget(m_timeline);
}

qint64 HistoryDialog::selectedRun() const
{
    const QList<QTableWidgetItem *> items = m_runs->selectedItems();
    if (items.isEmpty())
        return -1;
    return m_runs->item(items.first()->row(), 0)->data(Qt::UserRole).toLongLong();
}

void HistoryDialog::showRequests()
{
    const qint64 run = selectedRun();
    const QList<HistoryRequest> requests
        = run < 0 ? QList<HistoryRequest>() : m_store->requestsForRun(run);
    m_timeline->setTimeline(run < 0
            ? RunTimeline()
            : RunTimeline::fromHistory(m_store->approvalsForRun(run), requests));
    m_requests->setRowCount(int(requests.size()));
    for (int row = 0; row < requests.size(); ++row) {
        const HistoryRequest &request = requests.at(row);
        setRow(m_requests, row,
            { request.ticket, request.application, request.version, when(request.sentAt),
                when(request.finishedAt),
                request.httpStatus ? QString::number(request.httpStatus) : QString(),
                request.interrupted() ? tr("unknown (interrupted)")
                                      : HistoryWords::outcome(request.outcome),
                request.message });
    }
}

QString HistoryDialog::exportRun(qint64 run, const QString &format, const QString &path) const
{
    QByteArray data;
    if (format == u"csv"_s)
        data = m_store->exportCsv(run);
    else if (format == u"json"_s)
        data = m_store->exportJson(run);
    else if (format == u"html"_s)
        data = m_store->exportHtml(run);
    else
        return tr("Unknown export format %1.").arg(format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

void HistoryDialog::exportSelected(const QString &format)
{
    const qint64 run = selectedRun();
    if (run < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export run %1").arg(run),
        u"releasedesk-run-%1.%2"_s.arg(run).arg(format),
        tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    const QString error = exportRun(run, format, path);
    if (!error.isEmpty())
        setWindowTitle(tr("Release history — %1").arg(error));
}
