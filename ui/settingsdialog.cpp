#include "settingsdialog.h"

#include "appsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_concurrency(new QSpinBox(this))
    , m_interval(new QSpinBox(this))
    , m_policy(new QComboBox(this))
    , m_overlap(new QCheckBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    // 0 keeps the profile's value: the portal's operators chose it, the user may lower or raise it.
    m_concurrency->setObjectName(u"concurrencySpin"_s);
    m_concurrency->setRange(0, 100);
    m_concurrency->setSpecialValueText(tr("as the profile says"));
    m_concurrency->setValue(AppSettings::concurrencyLimit());
    m_interval->setObjectName(u"intervalSpin"_s);
    m_interval->setRange(-1, 60000);
    m_interval->setSuffix(tr(" ms"));
    m_interval->setSpecialValueText(tr("as the profile says"));
    m_interval->setValue(AppSettings::minIntervalMs());
    m_policy->setObjectName(u"policyCombo"_s);
    fillFailurePolicies(m_policy, AppSettings::failurePolicy());
    m_overlap->setObjectName(u"overlapCheck"_s);
    m_overlap->setText(tr("Start the next approved batch as soon as its tickets may go"));
    m_overlap->setToolTip(tr("Each ticket still waits for its dependencies, and never goes out "
                             "with a conflicting or non-concurrent ticket; only approved batches "
                             "ever run."));
    m_overlap->setChecked(AppSettings::overlapBatches());
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System"), u"system"_s);
    // Language names in their own language, so a user can find theirs whatever is shown.
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppSettings::language())));

    auto *form = new QFormLayout;
    form->addRow(tr("Requests in &flight at most:"), m_concurrency);
    form->addRow(tr("Minimum &interval between requests:"), m_interval);
    form->addRow(tr("When a release &fails:"), m_policy);
    form->addRow(QString(), m_overlap);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(
        tr("A change of language takes effect when ReleaseDesk is started again."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::save() const
{
    AppSettings::setConcurrencyLimit(m_concurrency->value());
    AppSettings::setMinIntervalMs(m_interval->value());
    AppSettings::setFailurePolicy(m_policy->currentData().toString());
    AppSettings::setOverlapBatches(m_overlap->isChecked());
    AppSettings::setLanguage(m_language->currentData().toString());
}

QList<std::pair<QString, QString>> SettingsDialog::failurePolicies()
{
    return {
        { u"stop"_s, tr("Stop at the first failure") },
        { u"finish-batch"_s, tr("Finish the batch, then stop") },
        { u"continue"_s, tr("Go on with the rest") },
    };
}

void SettingsDialog::fillFailurePolicies(QComboBox *combo, const QString &current)
{
    combo->clear();
    for (const auto &[name, label] : failurePolicies())
        combo->addItem(label, name);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}
