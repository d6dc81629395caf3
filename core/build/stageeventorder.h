#pragma once

#include "build/buildevent.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <mutex>

namespace Ponton::Build {

// Delivers the events of stages that run at the same time in the order of the Dockerfile, as the
// classic builder prints them: the events of the earliest unfinished stage go out at once, those of a
// later stage are held until every stage before it has finished. Thread-safe.
class StageEventOrder
{
public:
    using Sink = std::function<void(const BuildEvent &event)>;

    // stages: the indexes of the stages that are built, in Dockerfile order.
    StageEventOrder(QList<int> stages, Sink sink);

    // An event of the stage event.stage, or of no stage (global ARGs, warnings) when outsideStages.
    void emitEvent(const BuildEvent &event, bool outsideStages = false);
    // The stage ended well: the events held for the stages after it follow.
    void finished(int stage);
    // After a failure: everything still held, stage by stage.
    void flush();

private:
    void deliver(const BuildEvent &event) const;

    std::mutex m_mutex;
    QList<int> m_stages;
    qsizetype m_current = 0;   // position in m_stages of the stage whose events go out at once
    QSet<int> m_finished;
    QHash<int, QList<BuildEvent>> m_held;
    Sink m_sink;
};

} // namespace Ponton::Build
