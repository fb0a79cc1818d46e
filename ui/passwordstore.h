#pragma once

#include <QObject>
#include <QString>

// Remembers passwords in the system keychain (QtKeychain: Secret Service, KWallet, ...) and
// nowhere else: no insecure fallback to a file or to QSettings. Where no keychain answers (a
// headless session has no Secret Service, and QtKeychain then fails fast), the jobs finish with
// an error text and the caller just doesn't remember the password.
class PasswordStore final : public QObject
{
    Q_OBJECT
public:
    explicit PasswordStore(QObject *parent = nullptr);

    static bool isAvailable(); // built with QtKeychain at all
    // One entry per portal and user.
    static QString keyFor(const QString &baseUrl, const QString &user);

    void read(const QString &key);
    void write(const QString &key, const QString &password);
    void remove(const QString &key);

Q_SIGNALS:
    void readFinished(const QString &key, const QString &password, const QString &error);
    void writeFinished(const QString &key, const QString &error);
};
