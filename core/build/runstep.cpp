#include "build/runstep.h"

#include "common/atomicfile.h"
#include "common/tr.h"
#include "runtime/runtimeclient.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <array>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

constexpr int KeptLines = 10;

// One output pipe: bytes split into lines, a partial last line kept until more comes or the end.
struct OutputPipe {
    Runtime::FileDescriptor fd;
    QByteArray pending;
    bool fromStderr = false;
    bool open = true;
};

void deliver(OutputPipe &pipe, const RunStep::Callbacks &callbacks, QStringList &last, bool flush)
{
    qsizetype newline = 0;
    while ((newline = pipe.pending.indexOf('\n')) >= 0 || (flush && !pipe.pending.isEmpty())) {
        const qsizetype end = newline >= 0 ? newline : pipe.pending.size();
        QString line = QString::fromUtf8(pipe.pending.left(end));
        if (line.endsWith(u'\r'))
            line.chop(1);
        pipe.pending.remove(0, newline >= 0 ? end + 1 : end);
        last.append(line);
        if (last.size() > KeptLines)
            last.removeFirst();
        if (callbacks.line)
            callbacks.line(line, pipe.fromStderr);
    }
}

} // namespace

Result<RunOutcome> RunStep::execute(Runtime::RuntimeClient &client, const QList<Digest> &snapshots,
                                    const RunCommand &command, const Callbacks &callbacks)
{
    Runtime::ContainerSpec spec;
    spec.snapshots = snapshots;
    spec.args = command.argv;
    spec.env = command.env;
    spec.workingDir = command.workingDir.isEmpty() ? u"/"_s : command.workingDir;
    spec.user = command.user;
    Result<Runtime::ContainerInfo> created = client.create(spec);
    if (!created)
        return std::unexpected(created.error());
    RunOutcome outcome;
    outcome.containerId = created->id;
    if (callbacks.started)
        callbacks.started(created->id);

    std::array<OutputPipe, 2> pipes;
    std::array<int, 2> writeEnds{-1, -1};
    for (int i = 0; i < 2; ++i) {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot create a pipe for the output of RUN"), errnoText(errno));
        pipes[i].fd.reset(fds[0]);
        pipes[i].fromStderr = i == 1;
        writeEnds[i] = fds[1];
    }
    Result<Runtime::FileDescriptor> started = client.start(created->id, {-1, writeEnds[0], writeEnds[1]});
    ::close(writeEnds[0]);
    ::close(writeEnds[1]);
    if (!started)
        return std::unexpected(started.error());

    bool killed = false;
    while (pipes[0].open || pipes[1].open) {
        std::array<pollfd, 2> polls{};
        for (int i = 0; i < 2; ++i)
            polls[i] = {pipes[i].open ? pipes[i].fd.get() : -1, POLLIN, 0};
        const int ready = ::poll(polls.data(), polls.size(), 200);
        if (ready < 0 && errno != EINTR)
            return fail(ErrorCode::Internal, Tr::tr("cannot read the output of RUN"), errnoText(errno));
        if (!killed && callbacks.canceled && callbacks.canceled()) {
            (void)client.kill(created->id, SIGKILL);
            killed = true;
        }
        for (int i = 0; i < 2; ++i) {
            if (!pipes[i].open || !(polls[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buffer[65536];
            const ssize_t got = ::read(pipes[i].fd.get(), buffer, sizeof buffer);
            if (got <= 0) {
                pipes[i].open = got < 0 && errno == EINTR;
                continue;
            }
            pipes[i].pending.append(buffer, got);
            deliver(pipes[i], callbacks, outcome.lastLines, false);
        }
    }
    for (OutputPipe &pipe : pipes)
        deliver(pipe, callbacks, outcome.lastLines, true);
    Result<int> exitCode = client.wait(created->id);
    if (!exitCode)
        return std::unexpected(exitCode.error());
    if (killed)
        return fail(ErrorCode::Canceled, Tr::tr("canceled"), created->id);
    outcome.exitCode = *exitCode;
    return outcome;
}

} // namespace Ponton::Build
