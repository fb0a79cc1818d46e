#include "logindialog.h"

#include "appsettings.h"
#include "passwordstore.h"
#include "profile/installedprofiles.h"
#include "profilecheckdialog.h"
#include "profile/siteprofile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LoginDialog::LoginDialog(PasswordStore *passwords, QWidget *parent)
    : QDialog(parent)
    , m_passwords(passwords)
    , m_profile(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember password in the system keychain"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Connect to a release portal"));
    m_profile->setObjectName(u"profileCombo"_s);
    m_baseUrl->setObjectName(u"baseUrlEdit"_s);
    m_baseUrl->setPlaceholderText(tr("as the profile says"));
    m_user->setObjectName(u"userEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"rememberPassword"_s);
    m_message->setObjectName(u"loginMessage"_s);
    // The portal's message is shown verbatim: never interpreted as markup.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::LinkVisited);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QPushButton *check = m_buttons->addButton(tr("C&heck profile"), QDialogButtonBox::ActionRole);
    check->setObjectName(u"checkProfileButton"_s);
    check->setToolTip(tr("Walk the profile against the portal without releasing anything"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    m_user->setText(AppSettings::lastUser());
    m_remember->setChecked(AppSettings::rememberPassword() && PasswordStore::isAvailable());
    if (!PasswordStore::isAvailable())
        keychainUnavailable(tr("this build has no keychain support"));
    fillProfiles(AppSettings::recentProfiles().value(0));

    connect(m_profile, &QComboBox::activated, this, &LoginDialog::profileChanged);
    connect(m_user, &QLineEdit::editingFinished, this, &LoginDialog::lookUpPassword);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(check, &QPushButton::clicked, this, &LoginDialog::checkProfile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_message->clear();
        Q_EMIT connectRequested(request());
    });
    connect(m_passwords, &PasswordStore::readFinished, this,
        [this](const QString &key, const QString &password, const QString &error) {
            if (key != PasswordStore::keyFor(request().baseUrlOverride.toString(), m_user->text()))
                return; // an answer for what the fields held earlier
            if (!error.isEmpty())
                keychainUnavailable(error);
            else if (m_password->text().isEmpty())
                m_password->setText(password);
        });
    profileChanged();
}

QStringList LoginDialog::embeddedProfiles()
{
    QStringList paths;
    const QStringList names = SiteProfile::embeddedNames();
    for (const QString &name : names)
        paths << SiteProfile::embeddedPath(name);
    return paths;
}

void LoginDialog::fillProfiles(const QString &select)
{
    m_profile->clear();
    for (const QString &path : embeddedProfiles())
        m_profile->addItem(tr("%1 (built in)").arg(QFileInfo(path).completeBaseName()), path);
    for (const QString &path : InstalledProfiles::paths()) {
        m_profile->addItem(tr("%1 (installed)").arg(QFileInfo(path).completeBaseName()), path);
        m_profile->setItemData(m_profile->count() - 1, path, Qt::ToolTipRole);
    }
    const QStringList recent = AppSettings::recentProfiles();
    for (const QString &path : recent) {
        if (!path.startsWith(u':') && m_profile->findData(path) < 0)
            m_profile->addItem(QFileInfo(path).fileName(), path);
    }
    if (!select.isEmpty() && m_profile->findData(select) < 0)
        m_profile->addItem(QFileInfo(select).fileName(), select);
    m_profile->insertSeparator(m_profile->count());
    m_profile->addItem(tr("Open profile file…"));
    m_openFileIndex = m_profile->count() - 1;
    const int index = m_profile->findData(select);
    m_profile->setCurrentIndex(index >= 0 ? index : 0);
    m_lastProfileIndex = m_profile->currentIndex();
}

void LoginDialog::profileChanged()
{
    if (m_profile->currentIndex() == m_openFileIndex) {
        openProfileFile();
        return;
    }
    m_lastProfileIndex = m_profile->currentIndex();
    ProfileError error;
    const auto profile = SiteProfile::load(m_profile->currentData().toString(), &error);
    if (!profile) {
        showError(error.text());
        return;
    }
    m_message->clear();
    m_baseUrl->setText(profile->baseUrl.toString());
    lookUpPassword();
}

void LoginDialog::openProfileFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open site profile"), QString(), tr("Site profiles (*.json)"));
    if (path.isEmpty()) {
        m_profile->setCurrentIndex(m_lastProfileIndex);
        return;
    }
    fillProfiles(path);
    profileChanged();
}

void LoginDialog::lookUpPassword()
{
    if (!m_keychainWorks || m_user->text().isEmpty() || !m_remember->isChecked())
        return;
    m_passwords->read(PasswordStore::keyFor(request().baseUrlOverride.toString(), m_user->text()));
}

void LoginDialog::keychainUnavailable(const QString &why)
{
    // Without a keychain the password is simply not remembered: there is no other place for it.
    m_keychainWorks = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_remember->setToolTip(tr("No system keychain answered (%1); the password will not be "
                              "remembered.")
                               .arg(why));
    showNote(tr("No system keychain is available, so the password will not be remembered."));
}

void LoginDialog::checkProfile()
{
    const LoginRequest wanted = request();
    ProfileError error;
    std::optional<SiteProfile> profile = SiteProfile::load(wanted.profilePath, &error);
    if (!profile) {
        showError(error.text());
        return;
    }
    if (wanted.baseUrlOverride.isValid() && !wanted.baseUrlOverride.isEmpty())
        profile->setBaseUrl(wanted.baseUrlOverride);
    // The person's limits, as a connection would use them: the check is polite the same way.
    if (AppSettings::concurrencyLimit() > 0)
        profile->setConcurrency(AppSettings::concurrencyLimit());
    if (AppSettings::minIntervalMs() >= 0)
        profile->politeness.minIntervalMs = AppSettings::minIntervalMs();
    auto *dialog = new ProfileCheckDialog(*profile, wanted.user, wanted.password, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

LoginRequest LoginDialog::request() const
{
    LoginRequest request;
    request.profilePath = m_profile->currentData().toString();
    request.baseUrlOverride = QUrl(m_baseUrl->text().trimmed());
    request.user = m_user->text().trimmed();
    request.password = m_password->text();
    request.rememberPassword = m_remember->isChecked();
    return request;
}

void LoginDialog::setRequest(const LoginRequest &request)
{
    if (!request.profilePath.isEmpty()) {
        fillProfiles(request.profilePath);
        profileChanged();
    }
    if (!request.baseUrlOverride.isEmpty())
        m_baseUrl->setText(request.baseUrlOverride.toString());
    if (!request.user.isEmpty())
        m_user->setText(request.user);
    if (!request.password.isEmpty())
        m_password->setText(request.password);
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *widget : { static_cast<QWidget *>(m_profile), static_cast<QWidget *>(m_baseUrl),
             static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password) })
        widget->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    if (busy)
        showNote(tr("Logging in…"));
}

void LoginDialog::showError(const QString &message)
{
    m_message->setForegroundRole(QPalette::LinkVisited);
    m_message->setText(message);
}

void LoginDialog::showNote(const QString &message)
{
    m_message->setForegroundRole(QPalette::WindowText);
    m_message->setText(message);
}
