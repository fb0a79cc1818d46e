#pragma once

#include "profile/siteprofile.h"

#include <QDialog>
#include <QPointer>

class ProfileCheck;
class QLabel;
class QPlainTextEdit;
class QPushButton;
struct ProfileCheckReport;

// Shows the report of walking a profile against the live portal (ProfileCheck): started when
// the dialog opens, nothing is released. Closing the dialog cancels a check still running.
class ProfileCheckDialog final : public QDialog
{
    Q_OBJECT
public:
    ProfileCheckDialog(const SiteProfile &profile, const QString &user, const QString &password,
        QWidget *parent = nullptr);
    ~ProfileCheckDialog() override;

    QString reportText() const; // what the dialog shows (tests)

Q_SIGNALS:
    void checkFinished(int problems);

private:
    void onFinished(const ProfileCheckReport &report);

    QPointer<ProfileCheck> m_check;
    QLabel *m_summary;
    QPlainTextEdit *m_report;
    QPushButton *m_copy;
};
