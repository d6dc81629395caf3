#include "build/dockerfilechecker.h"

#include "engine/engine.h"

namespace Ponton::Gui {

DockerfileChecker::DockerfileChecker(Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(350);
    connect(&m_timer, &QTimer::timeout, this, &DockerfileChecker::start);
}

void DockerfileChecker::setSource(const QByteArray &source)
{
    m_source = source;
    ++m_generation;
    m_timer.start();
}

void DockerfileChecker::checkNow()
{
    m_timer.stop();
    start();
}

void DockerfileChecker::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    const quint64 generation = m_generation;
    Job *job = m_engine->lintDockerfile(m_source);
    connect(job, &Job::finished, this, [this, job, generation](const Ponton::JobResult &result) {
        job->deleteLater();
        m_running = false;
        if (m_again) {
            m_again = false;
            start();
            return;
        }
        if (generation != m_generation || !result.ok)
            return;
        m_diagnostics = result.value.value<QList<Build::LintDiagnostic>>();
        emit checked(m_diagnostics);
    });
}

} // namespace Ponton::Gui
