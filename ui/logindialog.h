#pragma once

#include "loginrequest.h"

#include <QDialog>

class PasswordStore;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Connect: choose a site profile (embedded demo profiles, installed ones, recently used files, or
// another file), optionally override its base URL, and log in. The dialog stays open while the
// controller logs in, so a failed login shows the portal's own message here (as plain text).
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(PasswordStore *passwords, QWidget *parent = nullptr);

    LoginRequest request() const;
    void setRequest(const LoginRequest &request); // prefill (command line, tests)

    void setBusy(bool busy);
    void showError(const QString &message);
    void showNote(const QString &message);

    static QStringList embeddedProfiles();

Q_SIGNALS:
    void connectRequested(const LoginRequest &request);

private:
    void fillProfiles(const QString &select);
    void profileChanged();
    void openProfileFile();
    void lookUpPassword();
    void keychainUnavailable(const QString &why);

    PasswordStore *m_passwords;
    QComboBox *m_profile;
    QLineEdit *m_baseUrl;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    int m_openFileIndex = -1;
    int m_lastProfileIndex = 0;
    bool m_keychainWorks = true;
};
