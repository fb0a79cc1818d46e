#include "settingsdialog.h"

#include "appsettings.h"
#include "passwordstore.h"
#include "notify/webhookevent.h"
#include "notify/webhooknotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
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
    , m_flavour(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_test(new QPushButton(tr("Send a &test message"), this))
    , m_testResult(new QLabel(this))
    , m_tester(new WebhookNotifier(this))
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
    form->addRow(tr("Requests in flight at &most:"), m_concurrency);
    form->addRow(tr("Minimum &interval between requests:"), m_interval);
    form->addRow(tr("When a release &fails:"), m_policy);
    form->addRow(QString(), m_overlap);
    form->addRow(tr("&Language:"), m_language);
    auto *note = new QLabel(
        tr("A change of language takes effect when ReleaseDesk is started again."), this);
    note->setWordWrap(true);
    const WebhookConfig webhook = AppSettings::webhook();
    m_flavour->setObjectName(u"webhookFlavourCombo"_s);
    m_flavour->addItem(tr("Slack-compatible"), u"slack"_s);
    m_flavour->addItem(tr("DingTalk (钉钉)"), u"dingtalk"_s);
    m_flavour->addItem(tr("WeCom (企业微信)"), u"wecom"_s);
    m_flavour->addItem(tr("Feishu / Lark (飞书)"), u"feishu"_s);
    m_flavour->setCurrentIndex(
        qMax(0, m_flavour->findData(WebhookConfig::flavourName(webhook.flavour))));
    m_url->setObjectName(u"webhookUrlEdit"_s);
    m_url->setPlaceholderText(tr("incoming webhook URL; empty: no team chat messages"));
    m_url->setText(webhook.url.toString());
    m_secret->setObjectName(u"webhookSecretEdit"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("signing secret, if the robot has one (kept in the keychain)"));
    m_test->setObjectName(u"webhookTestButton"_s);
    m_testResult->setObjectName(u"webhookTestResult"_s);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setWordWrap(true);
    auto *chat = new QGroupBox(tr("Team chat"), this);
    auto *chatForm = new QFormLayout(chat);
    chatForm->addRow(tr("Chat &service:"), m_flavour);
    chatForm->addRow(tr("Webhook &URL:"), m_url);
    chatForm->addRow(tr("Si&gning secret:"), m_secret);
    chatForm->addRow(m_test, m_testResult);
    auto *chatNote = new QLabel(tr("A message goes out at the first failure and the first unknown "
                                   "outcome of a run and when it ends, with the run's counts."),
        chat);
    chatNote->setWordWrap(true);
    chatForm->addRow(chatNote);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::sendTestMessage);
    connect(m_tester, &WebhookNotifier::delivered, this,
        [this](const QString &, const QString &error) {
            m_test->setEnabled(true);
            m_testResult->setText(
                error.isEmpty() ? tr("Delivered.") : tr("Not delivered: %1").arg(error));
        });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(chat);
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
    const WebhookConfig webhook = webhookConfig();
    AppSettings::setWebhook(webhook);
    if (m_passwords && !m_secret->text().isEmpty())
        m_passwords->write(AppSettings::webhookSecretKey(webhook.url), m_secret->text());
}

WebhookConfig SettingsDialog::webhookConfig() const
{
    WebhookConfig config;
    config.flavour = WebhookConfig::flavourFromName(m_flavour->currentData().toString())
                         .value_or(WebhookConfig::Flavour::Slack);
    config.url = QUrl(m_url->text().trimmed());
    // Left empty: the secret already in the keychain stays in use.
    config.secret = m_secret->text().isEmpty() ? m_currentSecret : m_secret->text();
    return config;
}

void SettingsDialog::sendTestMessage()
{
    const WebhookConfig config = webhookConfig();
    if (!config.isEnabled() || config.url.scheme().isEmpty()) {
        m_testResult->setText(tr("Enter the webhook URL first."));
        return;
    }
    m_tester->setConfig(config);
    WebhookEvent event;
    event.kind = WebhookEvent::Kind::Test;
    event.detail = tr("Sent from the settings of ReleaseDesk.");
    m_test->setEnabled(false);
    m_testResult->setText(tr("Sending…"));
    m_tester->post(event);
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
