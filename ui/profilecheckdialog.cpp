#include "profilecheckdialog.h"

#include "profilecheck.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProfileCheckDialog::ProfileCheckDialog(
    const SiteProfile &profile, const QString &user, const QString &password, QWidget *parent)
    : QDialog(parent)
    , m_check(new ProfileCheck(profile, user, password, this))
    , m_summary(new QLabel(tr("Checking the profile against %1… (nothing is released)")
                               .arg(profile.baseUrl.toString()),
          this))
    , m_report(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy report"), this))
{
    setObjectName(u"profileCheckDialog"_s);
    setWindowTitle(tr("Check profile: %1").arg(profile.name));
    m_summary->setObjectName(u"profileCheckSummary"_s);
    m_summary->setWordWrap(true);
    m_report->setObjectName(u"profileCheckReport"_s);
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_copy->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QGuiApplication::clipboard()->setText(m_report->toPlainText()); });
    connect(m_check, &ProfileCheck::finished, this, &ProfileCheckDialog::onFinished);
    m_check->start();
}

ProfileCheckDialog::~ProfileCheckDialog() = default; // the check is a child: its pool goes too

QString ProfileCheckDialog::reportText() const
{
    return m_report->toPlainText();
}

void ProfileCheckDialog::onFinished(const ProfileCheckReport &report)
{
    m_check->deleteLater();
    m_check = nullptr;
    const int problems = report.problemCount();
    m_summary->setText(problems == 0
            ? tr("No problems found. Nothing was released.")
            : tr("%n problem(s) found, each with its likely fix. Nothing was released.", nullptr,
                  problems));
    m_report->setPlainText(report.text());
    m_copy->setEnabled(true);
    Q_EMIT checkFinished(problems);
}
