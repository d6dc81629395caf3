#include "engine/engine.h"

#include "common/tr.h"
#include "registry/registryclient.h"
#include "runtime/runtimeclient.h"
#include "store/imagestore.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Ponton {

Engine::Engine(const EngineOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_store(std::make_unique<Store::ImageStore>(options.resolvedRoot()))
{
    setContainerUsage(recordedContainerUsage());
}

Engine::~Engine()
{
    QThreadPool::globalInstance()->waitForDone();
}

Store::ImageStore &Engine::store() const
{
    return *m_store;
}

Job *Engine::startJob(const QString &kind, std::function<Result<QVariant>(Job &job)> work)
{
    auto *job = new Job(kind, this);
    // The work starts from the caller's event loop, once the caller has connected to the job: a job
    // that finished before anyone listened would lose its finished() signal. The job is deleted by its
    // owner only after finished(); the worker never outlives that signal.
    QMetaObject::invokeMethod(job, [job, work = std::move(work)] {
        (void)QtConcurrent::run([job, work] {
            if (job->isCanceled()) {
                job->finish(fail(ErrorCode::Canceled, Tr::tr("canceled")));
                return;
            }
            job->finish(work(*job));
        });
    }, Qt::QueuedConnection);
    return job;
}

} // namespace Ponton
