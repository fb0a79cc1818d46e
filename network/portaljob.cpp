#include "portaljob.h"

#include <QPointer>

PortalJob::PortalJob(QObject *parent)
    : QObject(parent)
{
}

PortalJob::~PortalJob() = default;

void PortalJob::start()
{
    if (m_started)
        return;
    m_started = true;
    m_starting = true;
    begin();
    m_starting = false;
}

void PortalJob::cancel()
{
    if (m_finished)
        return;
    if (!m_started) {
        // Never started: nothing to stop, but the result still comes, from the event loop.
        m_started = true;
        m_starting = true;
        abandon();
        m_starting = false;
        return;
    }
    abandon();
}

void PortalJob::finishWith(std::function<void()> emitResult)
{
    if (m_finished)
        return;
    m_finished = true;
    auto deliver = [this, emitResult = std::move(emitResult)] {
        emitResult();
        if (m_autoDelete)
            deleteLater();
    };
    if (m_starting)
        QMetaObject::invokeMethod(this, std::move(deliver), Qt::QueuedConnection);
    else
        deliver();
}
