#include "engine/engine.h"

#include "common/tr.h"
#include "registry/registryclient.h"
#include "store/imagestore.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Ponton {

Engine::Engine(const EngineOptions &options, QObject *parent)
    : QObject(parent), m_options(options), m_store(std::make_unique<Store::ImageStore>(options.resolvedRoot()))
{
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
    // The job is deleted by its owner only after finished(); the worker never outlives that signal.
    (void)QtConcurrent::run([job, work = std::move(work)] {
        if (job->isCanceled()) {
            job->finish(fail(ErrorCode::Canceled, Tr::tr("canceled")));
            return;
        }
        job->finish(work(*job));
    });
    return job;
}

} // namespace Ponton
