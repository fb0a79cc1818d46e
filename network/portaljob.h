#pragma once

#include <QObject>

#include <functional>

// The one contract of every portal operation (login, page read, scrape, release preparation,
// re-check, reconcile), after KDE's KJob:
// - start() once; the work runs asynchronously.
// - Exactly one result signal, never emitted inside start(): whoever starts a job connects to
//   it before or right after start() and never misses it.
// - cancel() stops the work and still delivers the one result, with a Cancelled error.
// - Ownership: the job deletes itself (deleteLater) after delivering its result, unless its
//   owner said setAutoDelete(false); its QObject parent owns it until then.
// Subclasses declare their typed `finished(const XResult &)` signal (the result carries a
// PortalError) and deliver it through finishWith().
class PortalJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalJob)
public:
    ~PortalJob() override;

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

protected:
    explicit PortalJob(QObject *parent = nullptr);

    virtual void begin() = 0;
    // Stops the work in progress and calls finishWith() with a Cancelled result.
    virtual void abandon() = 0;
    // Delivers the result once (later calls are ignored): from the event loop when called
    // inside start(), at once otherwise.
    void finishWith(std::function<void()> emitResult);

private:
    bool m_started = false;
    bool m_starting = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};
