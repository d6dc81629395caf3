// BuildExecutor's steps that make a layer: RUN in a container, COPY/ADD written from the context.
#include "build/buildexecutorstate.h"

#include "build/layerbuilder.h"
#include "common/atomicfile.h"
#include "common/tr.h"
#include "image/mediatypes.h"
#include "runtime/layercapture.h"
#include "runtime/runtimeclient.h"
#include "runtime/upperdirchanges.h"
#include "store/imagestore.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

Status BuildExecutor::executeCopy(StageState &state, const StepPlan &plan, BuildEvent &finished)
{
    Result<BuiltLayer> built = LayerBuilder::write(*m_services.store, plan.copy.entries, m_services.canceled);
    if (!built)
        return std::unexpected(built.error());
    // The layer becomes a snapshot at once, so that a later RUN mounts it without unpacking the blob again.
    Result<Runtime::RuntimeClient *> client = m_services.runtime ? m_services.runtime()
                                                                 : fail(ErrorCode::Unavailable, QString());
    if (client) {
        const QByteArray path = QFile::encodeName(m_services.store->content().blobPath(built->descriptor.digest));
        Runtime::FileDescriptor blob(::open(path.constData(), O_RDONLY | O_CLOEXEC));
        if (!blob.isValid())
            return fail(ErrorCode::Internal, Tr::tr("cannot open the layer %1").arg(built->descriptor.digest.toString()), errnoText(errno));
        Result<Runtime::UnpackResult> unpacked = (*client)->unpack(built->diffId, blob.get(), Image::MediaType::OciLayerGzip);
        if (!unpacked)
            return std::unexpected(unpacked.error());
        if (state.snapshotsReady)
            state.snapshots.append(built->diffId);
    } else {
        state.snapshotsReady = false;
    }
    if (Status committed = commit(state, plan.createdBy, false, built->descriptor, built->diffId, built->uncompressedSize); !committed)
        return committed;
    finished.layerSize = built->uncompressedSize;
    finished.filesAdded = plan.filesAdded;
    finished.filesModified = plan.filesModified;
    return {};
}

Status BuildExecutor::executeRun(StageState &state, const StepPlan &plan, BuildEvent &finished)
{
    if (!m_services.runtime)
        return fail(ErrorCode::Unavailable, Tr::tr("RUN needs the runtime helper, which is not available"));
    Result<QList<Digest>> snapshots = prepareSnapshots(state);
    if (!snapshots)
        return std::unexpected(snapshots.error());
    Result<Runtime::RuntimeClient *> client = m_services.runtime();
    if (!client)
        return std::unexpected(client.error());
    Runtime::RuntimeClient &runtime = **client;
    QString containerId;
    auto removeContainer = [&] {
        if (containerId.isEmpty())
            return;
        if (runtime.remove(containerId, true)) {
            BuildEvent removed = event(state, BuildEvent::Kind::ContainerRemoved);
            removed.containerId = containerId;
            emitEvent(removed);
        }
        containerId.clear();
    };
    auto cleanUp = qScopeGuard([&] {
        if (m_options.removeIntermediate || m_options.forceRemove)
            removeContainer();
    });
    RunStep::Callbacks callbacks;
    callbacks.started = [&](const QString &id) {
        containerId = id;
        BuildEvent started = event(state, BuildEvent::Kind::ContainerStarted);
        started.containerId = id;
        emitEvent(started);
    };
    callbacks.line = [&](const QString &line, bool fromStderr) {
        BuildEvent log = event(state, BuildEvent::Kind::Log);
        log.text = line;
        log.fromStderr = fromStderr;
        emitEvent(log);
    };
    callbacks.canceled = m_services.canceled;
    Result<RunOutcome> outcome = RunStep::execute(runtime, *snapshots, plan.run, callbacks);
    if (!outcome)
        return std::unexpected(outcome.error());
    if (outcome->exitCode != 0) {
        const QString command = plan.run.argv.join(u' ');
        return fail(ErrorCode::Internal, Tr::tr("The command '%1' returned a non-zero code: %2").arg(command).arg(outcome->exitCode),
                    outcome->lastLines.join(u'\n'));
    }
    if (Result<QList<Runtime::PathChange>> scanned = Runtime::UpperDirChanges(runtime, containerId).scan()) {
        for (const Runtime::PathChange &change : *scanned) {
            if (change.kind == Runtime::PathChange::Kind::Added)
                ++finished.filesAdded;
            else if (change.kind == Runtime::PathChange::Kind::Changed)
                ++finished.filesModified;
            else
                ++finished.filesRemoved;
        }
    }
    Runtime::LayerCapture capture(runtime, *m_services.store);
    if (m_services.canceled)
        capture.setCanceled(m_services.canceled);
    capture.setMtimeClamp(m_options.sourceDateEpoch);
    Result<Runtime::CapturedLayer> captured = capture.capture(containerId);
    if (!captured)
        return std::unexpected(captured.error());
    if (Status committed = commit(state, plan.createdBy, false, captured->layer, captured->diffId, captured->uncompressedSize); !committed)
        return committed;
    state.snapshots.append(captured->diffId);
    finished.layerSize = captured->uncompressedSize;
    if (m_options.removeIntermediate)
        removeContainer();
    return {};
}

} // namespace Ponton::Build
