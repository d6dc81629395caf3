// Engine operations of `exec`: a process added to a running container through the helper.
#include "engine/engine.h"

#include "common/tr.h"
#include "engine/containerrecordstore.h"
#include "runtime/runtimeclient.h"
#include "store/imagestore.h"

using namespace Qt::StringLiterals;

namespace Ponton {

namespace {

// The helper's Conflict in Docker's words, with the container's full ID.
Error execRefused(const Error &error, const QString &id)
{
    if (error.code != ErrorCode::Conflict)
        return error;
    const bool paused = error.toString().contains(u"is paused"_s);
    const QString message = paused ? Tr::tr("container %1 is paused, unpause the container before exec").arg(id)
                                   : Tr::tr("container %1 is not running").arg(id);
    return {ErrorCode::Conflict, message, error.toString()};
}

} // namespace

Job *Engine::execInContainer(const ContainerExecRequest &request)
{
    return startJob(u"exec"_s, [this, request](Job &) -> Result<QVariant> {
        if (request.args.isEmpty())
            return fail(ErrorCode::InvalidArgument, Tr::tr("no command specified"));
        Result<ContainerRecord> record = ContainerRecordStore(store().root()).resolve(request.container);
        if (!record)
            return std::unexpected(record.error());
        Result<Runtime::RuntimeClient *> client = runtime();
        if (!client)
            return std::unexpected(client.error());
        Runtime::ExecSpec spec;
        spec.args = request.args;
        spec.env = request.env;
        spec.workingDir = request.workingDir;
        spec.user = request.user;
        spec.tty = request.tty;
        spec.privileged = request.privileged;
        Result<Runtime::ExecProcess> process = (*client)->exec(record->id, spec, request.stdio);
        if (!process && process.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound, Tr::tr("No such container: %1").arg(request.container), process.error().toString());
        if (!process)
            return std::unexpected(execRefused(process.error(), record->id));
        ContainerExecution execution;
        execution.containerId = record->id;
        execution.execId = process->execId;
        execution.started = process->started();
        execution.exitCode = process->exitCode;
        execution.error = process->error;
        execution.terminal = Runtime::SharedFileDescriptor(std::move(process->terminal));
        return QVariant::fromValue(execution);
    });
}

Job *Engine::waitExec(const QString &containerId, const QString &execId)
{
    return startJob(u"exec-wait"_s, [this, containerId, execId](Job &) -> Result<QVariant> {
        Result<Runtime::RuntimeClient *> client = runtime();
        if (!client)
            return std::unexpected(client.error());
        Result<int> code = (*client)->waitExec(containerId, execId);
        if (!code)
            return std::unexpected(code.error());
        return *code;
    });
}

} // namespace Ponton
