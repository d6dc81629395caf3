#include "execmonitor.h"

#include "cgroups.h"
#include "containerrecord.h"
#include "containers.h"
#include "execprocess.h"
#include "fdpassing.h"
#include "fsutil.h"
#include "monitor.h"
#include "processsetup.h"
#include "stopsignals.h"
#include "wire.h"

#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <string>

namespace ponton::helper {

namespace {

struct ExecMonitor {
    StateDir state;
    ContainerConfig config;
    ContainerState container;
    ExecRecord exec;
    UniqueFd namespaces[kExecNamespaceCount];
    UniqueFd pidNamespace;
    UniqueFd root;
};

// Opens what the exec process joins, then checks that the init is still the one of the record (its
// PID was not reused meanwhile), so the descriptors belong to this container.
Status openContainer(ExecMonitor &m)
{
    if (!isRunning(m.container) || !processAlive(m.container.pid, m.container.pidStart))
        return fail("Conflict", "container %s is not running", m.config.id.c_str());
    const std::string proc = "/proc/" + std::to_string(m.container.pid);
    static const char *const names[kExecNamespaceCount] = {"ipc", "uts", "net", "mnt"};
    for (int i = 0; i < kExecNamespaceCount; ++i) {
        m.namespaces[i].reset(::open((proc + "/ns/" + names[i]).c_str(), O_RDONLY | O_CLOEXEC));
        if (!m.namespaces[i])
            return sysError(errno, "open the %s namespace of container %.12s", names[i], m.config.id.c_str());
    }
    m.pidNamespace.reset(::open((proc + "/ns/pid").c_str(), O_RDONLY | O_CLOEXEC));
    m.root.reset(::open((proc + "/root").c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!m.pidNamespace || !m.root)
        return sysError(errno, "open the root of container %.12s", m.config.id.c_str());
    if (processStartTime(m.container.pid) != m.container.pidStart)
        return fail("Conflict", "container %s is not running", m.config.id.c_str());
    if (::setns(m.pidNamespace.get(), CLONE_NEWPID) < 0)
        return sysError(errno, "setns pid of container %.12s", m.config.id.c_str());
    return {};
}

int reportFailure(ExecMonitor &m, const std::string &message, int exitCode)
{
    m.exec.status = "exited";
    m.exec.exitCode = exitCode;
    m.exec.error = message;
    (void)saveExec(m.state, m.config.id, m.exec);
    (void)sendMessage(kMonitorControlFd, {{"ok", false}, {"exitCode", exitCode}, {"message", message}});
    return 1;
}

struct Child {
    pid_t pid = -1;
    UniqueFd go, errors, console;
};

Result<Child> forkProcess(ExecMonitor &m)
{
    int go[2], error[2], sockets[2] = {-1, -1};
    if (::pipe2(go, O_CLOEXEC) < 0 || ::pipe2(error, O_CLOEXEC) < 0)
        return sysError(errno, "pipe");
    if (m.exec.tty && ::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sockets) < 0)
        return sysError(errno, "socketpair for the console");
    ExecPlan plan;
    plan.exec = &m.exec;
    plan.hostname = m.config.hostname;
    for (int i = 0; i < kExecNamespaceCount; ++i)
        plan.namespaces[i] = m.namespaces[i].get();
    plan.rootFd = m.root.get();
    plan.goFd = go[0];
    plan.errorFd = error[1];
    plan.consoleFd = sockets[1];
    for (int i = 0; i < 3; ++i)
        plan.stdio[i] = kMonitorStdioFd + i;
    const pid_t pid = ::fork();
    if (pid < 0)
        return sysError(errno, "fork the exec process");
    if (pid == 0)
        runExecProcess(plan);
    ::close(go[0]);
    ::close(error[1]);
    if (sockets[1] >= 0)
        ::close(sockets[1]);
    for (int fd = kMonitorStdioFd; fd < kMonitorStdioFd + 3; ++fd)
        ::close(fd);
    Child child;
    child.pid = pid;
    child.go.reset(go[1]);
    child.errors.reset(error[0]);
    child.console.reset(sockets[0]);
    return child;
}

int waitFor(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR)
            return 255;
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Waits for the exec's process, forwarding stop signals to it (StopSignals).
int superviseUntilExit(pid_t pid, StopSignals &stopSignals)
{
    int status = 0;
    for (;;) {
        const pid_t ended = ::waitpid(pid, &status, WNOHANG);
        if (ended == pid)
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        if (ended < 0 && errno != EINTR)
            return 255;
        pollfd signals{stopSignals.fd(), POLLIN, 0};
        if (::poll(&signals, 1, 1000) > 0)
            stopSignals.handle(pid);
        stopSignals.enforce(pid);
    }
}

// Started: reports the pid and the PTY master to the helper; `master` keeps a copy, so that the process
// keeps its terminal when the client detaches (as Docker's exec). A command that could not start ends
// with Docker's codes for exec: 127 (not found), 126 (anything else).
int startProcess(ExecMonitor &m, Child &child, UniqueFd &master)
{
    if (auto joined = joinCgroups(m.container.cgroups, child.pid); !joined) {
        ::kill(child.pid, SIGKILL);
        waitFor(child.pid);
        return reportFailure(m, joined.error().message, kNotExecutable);
    }
    (void)!::write(child.go.get(), "g", 1);
    child.go.reset();
    const std::string failure = readToEnd(child.errors.get());
    if (!failure.empty()) {
        waitFor(child.pid);
        const int code = std::atoi(failure.c_str()) == kNotFound ? kNotFound : kNotExecutable;
        return reportFailure(m, failure.substr(failure.find(' ') + 1), code);
    }
    if (m.exec.tty) {
        auto received = receiveFd(child.console.get());
        if (!received) {
            ::kill(child.pid, SIGKILL);
            waitFor(child.pid);
            return reportFailure(m, received.error().message, kNotExecutable);
        }
        master = std::move(*received);
    }
    m.exec.status = "running";
    m.exec.pid = child.pid;
    m.exec.monitorPid = ::getpid();
    m.exec.monitorStart = processStartTime(::getpid());
    (void)saveExec(m.state, m.config.id, m.exec);
    std::vector<int> fds;
    if (master)
        fds.push_back(master.get());
    (void)sendMessage(kMonitorControlFd, {{"ok", true}, {"pid", child.pid}}, fds);
    ::close(kMonitorControlFd);
    return 0;
}

} // namespace

int runExecMonitor(const char *stateDir, const char *id, const char *execId)
{
    StopSignals stopSignals;
    auto state = StateDir::open(stateDir);
    auto config = state ? loadConfig(*state, id) : std::unexpected(state.error());
    auto container = config ? currentState(*state, id) : std::unexpected(config.error());
    auto exec = container ? loadExec(*state, id, execId) : std::unexpected(container.error());
    if (!exec) {
        (void)sendMessage(kMonitorControlFd, {{"ok", false}, {"exitCode", 126}, {"message", exec.error().message}});
        return 1;
    }
    ExecMonitor m{std::move(*state), std::move(*config), std::move(*container), std::move(*exec), {}, {}, {}};
    if (auto opened = openContainer(m); !opened) {
        (void)sendMessage(kMonitorControlFd, {{"ok", false}, {"code", opened.error().code},
                                              {"exitCode", 126}, {"message", opened.error().message}});
        return 1;
    }
    auto child = forkProcess(m);
    if (!child)
        return reportFailure(m, child.error().message, kNotExecutable);
    UniqueFd master;
    if (startProcess(m, *child, master) != 0)
        return 1;
    m.exec.exitCode = superviseUntilExit(child->pid, stopSignals);
    m.exec.status = "exited";
    (void)saveExec(m.state, m.config.id, m.exec);
    return 0;
}

} // namespace ponton::helper
