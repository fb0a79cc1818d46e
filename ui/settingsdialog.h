#pragma once

#include <QDialog>

#include "notify/webhookconfig.h"

class PasswordStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class WebhookNotifier;

// Preferences: concurrency limit and interval (0 / "profile" = the profile's own values),
// failure policy, language, and the team-chat webhook (URL in the settings, signing secret in
// the keychain only, a button that sends a test message). Read from and written to AppSettings on
// accept.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void save() const;
    // The webhook as entered (secret included, when one was typed), for the window's notifier.
    WebhookConfig webhookConfig() const;
    // Where the secret goes and the notifier the window uses: needed for the secret and the test.
    void setPasswordStore(PasswordStore *passwords) { m_passwords = passwords; }
    void setCurrentSecret(const QString &secret) { m_currentSecret = secret; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_testResult; }
    void sendTestMessage();

    // The failure policies offered everywhere, as (stable name, translated label).
    static QList<std::pair<QString, QString>> failurePolicies();
    static void fillFailurePolicies(QComboBox *combo, const QString &current);

private:
    QSpinBox *m_concurrency;
    QSpinBox *m_interval;
    QComboBox *m_policy;
    QCheckBox *m_overlap;
    QComboBox *m_language;
    QComboBox *m_flavour;
    QLineEdit *m_url;
    QLineEdit *m_secret;
    QPushButton *m_test;
    QLabel *m_testResult;
    WebhookNotifier *m_tester;
    PasswordStore *m_passwords = nullptr;
    QString m_currentSecret;
};
