// Engine operations of the builder.
#include "engine/engine.h"

#include "build/buildcontext.h"
#include "build/buildevent.h"
#include "build/buildexecutor.h"
#include "build/dockerfile.h"
#include "build/dockerfilelinter.h"
#include "common/tr.h"
#include "engine/remotefiledownloader.h"
#include "registry/pullrequest.h"
#include "registry/registryclient.h"
#include "store/imagestore.h"

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

Build::BuildOptions optionsFor(const BuildRequest &request)
{
    Build::BuildOptions options;
    options.buildArgs = request.buildArgs;
    options.labels = request.labels;
    options.target = request.target;
    options.noCache = request.noCache;
    options.pull = request.pull;
    options.removeIntermediate = request.removeIntermediate;
    options.forceRemove = request.forceRemove;
    options.sourceDateEpoch = request.sourceDateEpoch;
    return options;
}

} // namespace

Job *Engine::lintDockerfile(const QByteArray &dockerfile)
{
    return startJob(u"lint"_s, [dockerfile](Job &) -> Result<QVariant> {
        return QVariant::fromValue(Build::DockerfileLinter::lint(dockerfile));
    });
}

Result<Store::ImageRecord> Engine::pullForBuild(const QString &reference, Job &job)
{
    Result<Reference> parsed = Reference::parse(reference);
    if (!parsed)
        return std::unexpected(parsed.error());
    Result<Registry::RegistryClient *> client = registry();
    if (!client)
        return std::unexpected(client.error());
    Registry::PullRequest request;
    request.reference = parsed->withDefaultTag();
    request.isCanceled = [&job] { return job.isCanceled(); };
    Result<Registry::PullResult> pulled = (*client)->pull(request, store(), {}).result();
    if (!pulled)
        return std::unexpected(pulled.error());
    return store().resolve(request.reference.toString());
}

Job *Engine::build(const BuildRequest &request)
{
    return startJob(u"build"_s, [this, request](Job &job) -> Result<QVariant> {
        qRegisterMetaType<Build::BuildEvent>();
        if (Status ready = store().initialize(); !ready)
            return std::unexpected(ready.error());
        QList<Reference> tags;
        for (const QString &tag : request.tags) {
            Result<Reference> parsed = Reference::parse(tag);
            if (!parsed)
                return fail(ErrorCode::InvalidArgument, Tr::tr("invalid argument \"%1\" for \"-t, --tag\" flag: %2").arg(tag, parsed.error().message));
            tags.append(parsed->withDefaultTag());
        }
        Result<std::unique_ptr<Build::BuildContext>> context = Build::BuildContext::open(request.context, request.dockerfile);
        if (!context)
            return std::unexpected(context.error());
        Build::BuildEvent sent;
        sent.kind = Build::BuildEvent::Kind::ContextSent;
        sent.contextBytes = (*context)->tarSize();
        job.reportEvent(QVariant::fromValue(sent));
        Result<Build::Dockerfile> dockerfile = Build::Dockerfile::parse((*context)->dockerfile(), (*context)->dockerfileName());
        if (!dockerfile)
            return std::unexpected(dockerfile.error());
        // Blobs written by the build stay safe from garbage collection until their images are registered.
        Result<Store::FileLock> ingest = store().holdForIngest();
        if (!ingest)
            return std::unexpected(ingest.error());

        Build::BuildServices services;
        services.store = &store();
        services.runtime = [this] { return runtime(); };
        services.pull = [this, &job](const QString &reference) { return pullForBuild(reference, job); };
        services.fetch = [&job](const QString &url) {
            return RemoteFileDownloader::download(url, [&job] { return job.isCanceled(); });
        };
        services.report = [&job](const Build::BuildEvent &event) { job.reportEvent(QVariant::fromValue(event)); };
        services.canceled = [&job] { return job.isCanceled(); };
        Build::BuildExecutor executor(services, optionsFor(request));
        Result<Build::BuildOutcome> outcome = executor.run(*dockerfile, **context);
        if (!outcome)
            return std::unexpected(outcome.error());

        BuildResult result;
        result.imageId = outcome->imageId;
        result.intermediateIds = outcome->intermediateIds;
        result.cacheHits = outcome->cacheHits;
        result.steps = outcome->steps;
        for (const Reference &tag : tags) {
            if (Status tagged = store().tag(outcome->imageId, tag); !tagged)
                return std::unexpected(tagged.error());
            result.tags.append(tag.familiarString());
            Build::BuildEvent event;
            event.kind = Build::BuildEvent::Kind::Tagged;
            event.text = tag.familiarString();
            job.reportEvent(QVariant::fromValue(event));
        }
        return QVariant::fromValue(result);
    });
}

} // namespace Ponton
