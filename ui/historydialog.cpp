#include "historydialog.h"

#include "historystore.h"

#include <QDialogButtonBox>
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
    return time.isValid() ? QLocale().toString(time, QLocale::ShortFormat) : QString();
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
    , m_runs(makeTable({ tr("Run"), tr("Started"), tr("Finished"), tr("User"), tr("Portal"),
                           tr("Failure policy"), tr("State") },
          this))
    , m_requests(makeTable({ tr("Ticket"), tr("Application"), tr("Version"), tr("Sent"),
                               tr("Finished"), tr("HTTP"), tr("Outcome"), tr("Message") },
          this))
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("Release history"));
    m_runs->setObjectName(u"runTable"_s);
    m_requests->setObjectName(u"requestTable"_s);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_runs);
    splitter->addWidget(m_requests);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (const auto &[format, label] :
        { std::pair { u"csv"_s, tr("Export &CSV…") }, std::pair { u"json"_s, tr("Export &JSON…") },
            std::pair { u"html"_s, tr("Export &HTML report…") } }) {
        QPushButton *button = buttons->addButton(label, QDialogButtonBox::ActionRole);
        connect(button, &QPushButton::clicked, this, [this, format] { exportSelected(format); });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);
    resize(900, 600);

    connect(m_runs, &QTableWidget::itemSelectionChanged, this, &HistoryDialog::showRequests);
    reload();
}

void HistoryDialog::reload()
{
    const QList<HistoryRun> runs = m_store->runs();
    m_runs->setRowCount(int(runs.size()));
    for (int row = 0; row < runs.size(); ++row) {
        const HistoryRun &run = runs.at(row);
        setRow(m_runs, row,
            { QString::number(run.id), when(run.startedAt), when(run.finishedAt), run.user,
                run.baseUrl, run.failurePolicy, run.state });
        m_runs->item(row, 0)->setData(Qt::UserRole, run.id);
    }
    if (!runs.isEmpty())
        m_runs->selectRow(0);
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
    m_requests->setRowCount(int(requests.size()));
    for (int row = 0; row < requests.size(); ++row) {
        const HistoryRequest &request = requests.at(row);
        setRow(m_requests, row,
            { request.ticket, request.application, request.version, when(request.sentAt),
                when(request.finishedAt),
                request.httpStatus ? QString::number(request.httpStatus) : QString(),
                request.interrupted() ? tr("unknown (interrupted)") : request.outcome,
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
