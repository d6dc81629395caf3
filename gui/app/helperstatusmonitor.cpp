#include "app/helperstatusmonitor.h"

#include "engine/engine.h"
#include "runtime/runtimeclient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Ponton::Gui {

namespace {

constexpr int DefaultIntervalMs = 10000;

} // namespace

HelperStatusMonitor::HelperStatusMonitor(Engine *engine, HelperStatusLabel *label, QObject *parent)
    : QObject(parent), m_engine(engine), m_label(label)
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &HelperStatusMonitor::refresh);
}

void HelperStatusMonitor::refresh()
{
    m_timer.start();
    if (m_asking)
        return;
    m_asking = true;
    if (m_label && m_label->state() == HelperStatusLabel::State::Unknown)
        m_label->setState(HelperStatusLabel::State::Starting);
    Engine *engine = m_engine;
    Job *job = engine->startJob(u"helper-status"_s, [engine](Job &) -> Result<QVariant> {
        Result<Runtime::RuntimeClient *> client = engine->runtime();
        if (!client)
            return std::unexpected(client.error());
        Result<QJsonObject> pong = (*client)->ping();
        if (!pong)
            return std::unexpected(pong.error());
        return QVariant(*pong);
    });
    connect(job, &Job::finished, this, [this, job](const Ponton::JobResult &result) {
        job->deleteLater();
        m_asking = false;
        const auto state = result.ok ? HelperStatusLabel::State::Running : HelperStatusLabel::State::Failed;
        if (m_label) {
            if (result.ok) {
                const QJsonObject pong = result.value.toJsonObject();
                m_label->setState(state, tr("ponton-helper %1, process %2")
                                             .arg(pong.value(u"version"_s).toString())
                                             .arg(pong.value(u"pid"_s).toInteger()));
            } else {
                m_label->setState(state, result.error.toString());
            }
        }
        emit refreshed(state);
    });
}

} // namespace Ponton::Gui
