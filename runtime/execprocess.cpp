#include "execprocess.h"

#include "fsutil.h"
#include "processsetup.h"
#include "userlookup.h"

#include <fcntl.h>
#include <sched.h>
#include <unistd.h>

#include <cstring>

namespace ponton::helper {

namespace {

Status joinNamespaces(const ExecPlan &plan)
{
    struct Kind { ExecNamespace index; int type; const char *name; };
    static const Kind kinds[] = {{kExecIpc, CLONE_NEWIPC, "ipc"}, {kExecUts, CLONE_NEWUTS, "uts"},
                                 {kExecNet, CLONE_NEWNET, "net"}, {kExecMnt, CLONE_NEWNS, "mnt"}};
    for (const Kind &kind : kinds) {
        if (::setns(plan.namespaces[kind.index], kind.type) < 0)
            return sysError(errno, "setns %s of the container", kind.name);
    }
    if (::fchdir(plan.rootFd) < 0 || ::chroot(".") < 0 || ::chdir("/") < 0)
        return sysError(errno, "chroot into the container's root");
    return {};
}

// The working directory must exist (Docker's exec does not create it); unlike the other failures
// of setting up, a missing one ends the exec with 126, as a command that cannot be started.
Status enterWorkingDirectory(const std::string &cwd, int errorFd)
{
    UniqueFd root(::open("/", O_PATH | O_DIRECTORY | O_CLOEXEC));
    auto dir = openInRoot(root.get(), cwd, O_PATH | O_DIRECTORY);
    if (!dir || ::fchdir(dir->get()) < 0) {
        const int err = dir ? errno : dir.error().err;
        dieWith(errorFd, kNotExecutable,
                "chdir to cwd (\"" + cwd + "\") set in config.json failed: " + std::string(std::strerror(err ? err : ENOENT)));
    }
    return {};
}

Status setUp(const ExecPlan &plan, ResolvedUser &user)
{
    const ExecRecord &exec = *plan.exec;
    if (auto joined = joinNamespaces(plan); !joined)
        return joined;
    if (auto io = exec.tty ? setUpTerminal(plan.consoleFd) : setUpStdio(plan.stdio); !io)
        return io;
    UniqueFd root(::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    auto resolved = resolveUser(exec.user, readFileAt(root.get(), "etc/passwd").value_or(""),
                                readFileAt(root.get(), "etc/group").value_or(""));
    if (!resolved)
        return std::unexpected(resolved.error());
    user = *resolved;
    if (auto limited = setLimits(); !limited)
        return limited;
    if (auto switched = becomeUser(user, exec.privileged); !switched)
        return switched;
    return enterWorkingDirectory(exec.cwd, plan.errorFd);
}

} // namespace

void runExecProcess(const ExecPlan &plan)
{
    resetSignals();
    char go = 0;
    if (::read(plan.goFd, &go, 1) != 1)
        ::_exit(kSetupFailed);
    ::close(plan.goFd);
    ResolvedUser user;
    if (auto ready = setUp(plan, user); !ready)
        dieWith(plan.errorFd, kSetupFailed, ready.error().message);
    executeCommand(plan.exec->args, processEnvironment(plan.exec->env, user, plan.hostname, plan.exec->tty),
                   plan.errorFd);
}

} // namespace ponton::helper
