#include "approvaldialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString countedList(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << ApprovalDialog::tr("%1 (%n)", nullptr, it.value())
                     .arg(it.key().isEmpty() ? ApprovalDialog::tr("none") : it.key());
    return parts.join(u", "_s);
}
} // namespace

ApprovalDialog::ApprovalDialog(const ApprovalScope &scope, QWidget *parent)
    : QDialog(parent)
    , m_scope(scope)
{
    setObjectName(u"approvalDialog"_s);
    setWindowTitle(tr("Approve release"));
    auto *text = new QLabel(summary(scope), this);
    text->setObjectName(u"approvalSummary"_s);
    text->setTextFormat(Qt::PlainText); // application names come from the portal
    text->setWordWrap(true);
    auto *tickets = new QPlainTextEdit(this);
    tickets->setObjectName(u"approvalTickets"_s);
    tickets->setReadOnly(true);
    tickets->setPlainText(scope.ticketIds.join(u", "_s));
    tickets->setMaximumHeight(120);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    approve->setObjectName(u"approveButton"_s);
    // Cancel is the default: Enter must never approve a release by accident.
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    if (!scope.productionBatches.isEmpty()) {
        auto *marker = new QLabel(
            tr("PRODUCTION: %n batch(es) release to production: %1", nullptr,
                int(scope.productionBatches.size()))
                .arg(scope.productionBatches.join(u"; "_s)),
            this);
        marker->setObjectName(u"productionMarker"_s);
        marker->setTextFormat(Qt::PlainText);
        marker->setWordWrap(true);
        QFont bold = marker->font();
        bold.setBold(true);
        marker->setFont(bold);
        marker->setAutoFillBackground(true);
        QPalette warn = marker->palette();
        warn.setColor(QPalette::Window, QColor(0xcf, 0x22, 0x2e));
        warn.setColor(QPalette::WindowText, Qt::white);
        marker->setPalette(warn);
        marker->setMargin(6);
        layout->addWidget(marker);
    }
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Tickets:"), this));
    layout->addWidget(tickets);
    if (!scope.productionBatches.isEmpty()) {
        auto *confirm
            = new QCheckBox(tr("I &confirm that these tickets go out to production now"), this);
        confirm->setObjectName(u"productionConfirm"_s);
        approve->setEnabled(false);
        connect(confirm, &QCheckBox::toggled, approve, &QPushButton::setEnabled);
        layout->addWidget(confirm);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ApprovalDialog::summary(const ApprovalScope &scope)
{
    const QString batches = scope.batchTitles.isEmpty()
        ? QString()
        : tr("Batches: %1").arg(scope.batchTitles.size() <= 6
                  ? scope.batchTitles.join(u"; "_s)
                  // Many batches: the first ones and the last, so the range is still clear.
                  : scope.batchTitles.mid(0, 3).join(u"; "_s) + u"; …; "_s
                      + scope.batchTitles.last())
            + u"\n"_s;
    return batches + tr("Release %n ticket(s)", nullptr, int(scope.ticketIds.size())) + u"\n"_s
        + tr("in %n batch(es): ", nullptr, int(scope.batches.size()))
        + tr("%n parallel", nullptr, scope.parallelBatches) + u", "_s
        + tr("%n serial", nullptr, scope.serialBatches) + u"\n"_s
        + tr("Applications: %1").arg(countedList(scope.applications)) + u"\n"_s
        + tr("Environments: %1").arg(countedList(scope.environments)) + u"\n\n"_s
        + tr("The requests are sent to the portal as soon as the run is started. Nothing can be "
             "taken back once the portal has released it.");
}
