#include "build/stageeventorder.h"

namespace Ponton::Build {

StageEventOrder::StageEventOrder(QList<int> stages, Sink sink) : m_stages(std::move(stages)), m_sink(std::move(sink)) {}

void StageEventOrder::deliver(const BuildEvent &event) const
{
    if (m_sink)
        m_sink(event);
}

void StageEventOrder::emitEvent(const BuildEvent &event, bool outsideStages)
{
    std::lock_guard lock(m_mutex);
    const qsizetype position = m_stages.indexOf(event.stage);
    if (outsideStages || position < 0 || position <= m_current)
        deliver(event);
    else
        m_held[event.stage].append(event);
}

void StageEventOrder::finished(int stage)
{
    std::lock_guard lock(m_mutex);
    m_finished.insert(stage);
    while (m_current < m_stages.size() && m_finished.contains(m_stages.at(m_current))) {
        ++m_current;
        if (m_current < m_stages.size()) {
            for (const BuildEvent &event : m_held.take(m_stages.at(m_current)))
                deliver(event);
        }
    }
}

void StageEventOrder::flush()
{
    std::lock_guard lock(m_mutex);
    for (const int stage : std::as_const(m_stages)) {
        for (const BuildEvent &event : m_held.take(stage))
            deliver(event);
    }
}

} // namespace Ponton::Build
