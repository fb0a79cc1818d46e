#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

// Preferences: concurrency limit and interval (0 / "profile" = the profile's own values),
// failure policy and language. Read from and written to AppSettings on accept.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void save() const;

    // The failure policies offered everywhere, as (stable name, translated label).
    static QList<std::pair<QString, QString>> failurePolicies();
    static void fillFailurePolicies(QComboBox *combo, const QString &current);

private:
    QSpinBox *m_concurrency;
    QSpinBox *m_interval;
    QComboBox *m_policy;
    QCheckBox *m_overlap;
    QComboBox *m_language;
};
