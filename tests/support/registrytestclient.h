#pragma once

#include "registry/layerprogress.h"
#include "registry/registryclient.h"

#include <QFuture>
#include <QList>
#include <QMutex>

namespace Ponton::Test {

// Collects the progress events a RegistryClient reports on its network thread.
class RegistryProgressLog
{
public:
    Registry::RegistryClient::ProgressSink sink()
    {
        return [this](const Registry::LayerProgress &event) {
            QMutexLocker lock(&m_mutex);
            m_events.append(event);
        };
    }
    QList<Registry::LayerProgress> events() const
    {
        QMutexLocker lock(&m_mutex);
        return m_events;
    }
    // The states reported for one blob, in order, with consecutive repeats folded.
    QList<Registry::LayerProgress::State> statesOf(const Digest &blob) const
    {
        QList<Registry::LayerProgress::State> states;
        for (const Registry::LayerProgress &event : events()) {
            if (event.blob == blob && (states.isEmpty() || states.last() != event.state))
                states.append(event.state);
        }
        return states;
    }

private:
    mutable QMutex m_mutex;
    QList<Registry::LayerProgress> m_events;
};

// Waits for a future from a worker-like test thread (the client's work runs on its own thread).
template<typename T>
T waitFor(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace Ponton::Test
