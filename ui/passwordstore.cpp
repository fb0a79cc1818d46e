#include "passwordstore.h"

#ifdef RELEASEDESK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
const QString serviceName = u"ReleaseDesk"_s;
}

PasswordStore::PasswordStore(QObject *parent)
    : QObject(parent)
{
}

bool PasswordStore::isAvailable()
{
#ifdef RELEASEDESK_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

QString PasswordStore::keyFor(const QString &baseUrl, const QString &user)
{
    return user + u'@' + baseUrl;
}

void PasswordStore::read(const QString &key)
{
#ifdef RELEASEDESK_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(serviceName, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError)
            Q_EMIT readFinished(key, job->textData(), {});
        else
            Q_EMIT readFinished(key, {}, job->errorString());
    });
    job->start();
#else
    QTimer::singleShot(0, this,
        [this, key] { Q_EMIT readFinished(key, {}, tr("This build has no keychain support.")); });
#endif
}

void PasswordStore::write(const QString &key, const QString &password)
{
#ifdef RELEASEDESK_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(serviceName, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        Q_EMIT writeFinished(
            key, job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
#else
    Q_UNUSED(password)
    QTimer::singleShot(0, this,
        [this, key] { Q_EMIT writeFinished(key, tr("This build has no keychain support.")); });
#endif
}

void PasswordStore::remove(const QString &key)
{
#ifdef RELEASEDESK_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(serviceName, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
#else
    Q_UNUSED(key)
#endif
}
