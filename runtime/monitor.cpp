#include "monitor.h"

#include "cgroups.h"
#include "containerinit.h"
#include "containerrecord.h"
#include "fdpassing.h"
#include "fsutil.h"
#include "log.h"
#include "snapshots.h"
#include "stopsignals.h"
#include "terminalrelay.h"
#include "wire.h"

#include <fcntl.h>
#include <linux/sched.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <sys/wait.h>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <vector>

namespace ponton::helper {

namespace {

struct Monitor {
    StateDir state;
    ContainerConfig config;
    ContainerState record;
    CgroupPaths cgroups;
    TerminalRelay terminal;
    UniqueFd attachListener;
    pid_t child = -1;
};

std::vector<std::string> lowerDirs(const StateDir &state, const ContainerConfig &config)
{
    std::vector<std::string> lowers{"containers/" + config.id + "/init"};
    for (auto it = config.snapshots.rbegin(); it != config.snapshots.rend(); ++it) {
        lowers.push_back("snapshots/" + *it);
        if (snapshotRootOpaque(state, *it))
            break;  // overlayfs ignores an opaque lower root: leave the layers below out
    }
    return lowers;
}

InitPlan initPlan(const Monitor &m)
{
    const std::string dir = "containers/" + m.config.id;
    InitPlan plan;
    plan.config = &m.config;
    plan.rootfs = {m.state.path(), dir + "/rootfs", lowerDirs(m.state, m.config), dir + "/upper", dir + "/work", {}, {},
                   m.config.privileged};
    for (const char *file : {"hosts", "hostname", "resolv.conf"})
        plan.rootfs.binds.push_back({dir + "/" + file, std::string("/etc/") + file, false, true});
    for (int i = 0; i < 3; ++i)
        plan.stdio[i] = kMonitorStdioFd + i;
    return plan;
}

// clone3 into the v2 cgroup when there is one (bornInCgroups), clone otherwise.
long cloneInto(unsigned long flags, const CgroupEntry *entry, bool &bornInCgroups)
{
    bornInCgroups = false;
    if (entry && entry->v2Directory) {
        clone_args args{};
        args.flags = (flags & ~0xffUL) | CLONE_INTO_CGROUP;
        args.exit_signal = SIGCHLD;
        args.cgroup = std::uint64_t(entry->v2Directory.get());
        const long pid = ::syscall(SYS_clone3, &args, sizeof args);
        if (pid >= 0 || (errno != ENOSYS && errno != EINVAL && errno != E2BIG)) {
            bornInCgroups = pid >= 0;
            return pid;
        }
    }
    bornInCgroups = entry != nullptr && !entry->v2Directory;
    return ::syscall(SYS_clone, flags, nullptr, nullptr, nullptr, nullptr);
}

Result<pid_t> cloneInit(Monitor &m, InitPlan &plan, UniqueFd &goWrite, UniqueFd &errorRead, UniqueFd &console,
                        bool &bornInCgroups)
{
    int go[2], error[2], sockets[2] = {-1, -1};
    if (::pipe2(go, O_CLOEXEC) < 0 || ::pipe2(error, O_CLOEXEC) < 0)
        return sysError(errno, "pipe");
    if (m.config.tty && ::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sockets) < 0)
        return sysError(errno, "socketpair for the console");
    plan.goFd = go[0];
    plan.errorFd = error[1];
    plan.consoleFd = sockets[1];
    unsigned long flags = CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWUTS | CLONE_NEWIPC | SIGCHLD;
    if (m.config.networkNone)
        flags |= CLONE_NEWNET;
    const long pid = cloneInto(flags, plan.cgroups, bornInCgroups);
    if (pid < 0)
        return sysError(errno, "clone the container's init");
    if (pid == 0)
        runContainerInit(plan);
    ::close(go[0]);
    ::close(error[1]);
    if (sockets[1] >= 0)
        ::close(sockets[1]);
    goWrite.reset(go[1]);
    errorRead.reset(error[0]);
    console.reset(sockets[0]);
    return pid_t(pid);
}

Result<UniqueFd> listenForAttach(const StateDir &state, const std::string &id)
{
    UniqueFd dir(::openat(state.containersFd(), id.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return sysError(errno, "open container directory %s", id.c_str());
    sockaddr_un address = attachAddress(dir.get());
    UniqueFd listener(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
    ::unlinkat(dir.get(), "attach.sock", 0);
    if (!listener || ::bind(listener.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) < 0
        || ::listen(listener.get(), 8) < 0)
        return sysError(errno, "listen on the attach socket of %s", id.c_str());
    ::fchmodat(dir.get(), "attach.sock", 0600, 0);
    return listener;
}

void reportFailure(Monitor &m, const std::string &message, int exitCode)
{
    m.record.status = "exited";
    m.record.exitCode = exitCode;
    m.record.error = message;
    m.record.finishedAt = std::time(nullptr);
    (void)saveState(m.state, m.config.id, m.record);
    (void)sendMessage(kMonitorControlFd, {{"ok", false}, {"exitCode", exitCode}, {"message", message}});
}

int failStart(Monitor &m, const std::string &message, int exitCode)
{
    reportFailure(m, message, exitCode);
    removeCgroups(m.cgroups);
    return 1;
}

// Detached copies of the bind mount sources, made here in the host's mount namespace.
Result<std::vector<UniqueFd>> openTrees(const Monitor &m, InitPlan &plan)
{
    std::vector<UniqueFd> trees;
    for (std::size_t i = 0; i < m.config.mounts.size(); ++i) {
        const BindMount &mount = m.config.mounts[i];
        const int source = kMonitorMountFd + int(i);
        struct stat st{};
        if (::fstat(source, &st) < 0)
            return sysError(errno, "bind mount source for %s", mount.destination.c_str());
        if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
            return fail("InvalidArgument", "bind mount source for %s is neither a directory nor a regular file",
                        mount.destination.c_str());
        UniqueFd tree(::open_tree(source, "", OPEN_TREE_CLONE | OPEN_TREE_CLOEXEC | AT_EMPTY_PATH | AT_RECURSIVE));
        if (!tree && errno == EINVAL)  // the kernel clones only mounts of the caller's own mount namespace
            return sysError(errno, "open_tree bind mount source for %s (is %s mounted in another mount namespace "
                                   "than the helper's, or unbindable?)",
                            mount.destination.c_str(), mount.source.c_str());
        if (!tree)
            return sysError(errno, "open_tree bind mount source for %s", mount.destination.c_str());
        mount_attr attributes{};
        attributes.attr_set = MOUNT_ATTR_RDONLY;
        if (mount.readOnly && ::mount_setattr(tree.get(), "", AT_EMPTY_PATH | AT_RECURSIVE, &attributes, sizeof attributes) < 0)
            return sysError(errno, "make bind mount on %s read-only", mount.destination.c_str());
        plan.rootfs.trees.push_back({tree.get(), mount.destination, !S_ISDIR(st.st_mode)});
        trees.push_back(std::move(tree));
        ::close(source);
    }
    return trees;
}

int start(Monitor &m)
{
    auto cgroups = createCgroups(m.config.id, m.config.privileged);
    if (!cgroups)
        return failStart(m, cgroups.error().message, 125);
    m.cgroups = *cgroups;
    InitPlan plan = initPlan(m);
    auto trees = openTrees(m, plan);
    if (!trees)
        return failStart(m, trees.error().message, 125);
    auto entry = openCgroupEntry(m.cgroups);
    plan.cgroups = entry ? &*entry : nullptr;
    UniqueFd go, errors, console;
    bool bornInCgroups = false;
    auto child = cloneInit(m, plan, go, errors, console, bornInCgroups);
    if (!child)
        return failStart(m, child.error().message, 125);
    m.child = *child;
    for (int fd = kMonitorStdioFd; fd < kMonitorStdioFd + 3; ++fd)
        ::close(fd);
    if (auto joined = bornInCgroups ? Status{} : joinCgroups(m.cgroups, m.child); !joined) {
        ::kill(m.child, SIGKILL);
        ::waitpid(m.child, nullptr, 0);
        return failStart(m, joined.error().message, 125);
    }
    (void)!::write(go.get(), "g", 1);
    go.reset();
    const std::string failure = readToEnd(errors.get());
    if (!failure.empty()) {
        ::waitpid(m.child, nullptr, 0);
        const int code = std::atoi(failure.c_str());
        return failStart(m, failure.substr(failure.find(' ') + 1), code ? code : 125);
    }
    if (m.config.tty) {
        auto master = receiveFd(console.get());
        if (!master) {
            ::kill(m.child, SIGKILL);
            return failStart(m, master.error().message, 125);
        }
        // The monitor records the session in output.log, as the container's own output without a TTY.
        UniqueFd log(::open((m.state.containerPath(m.config.id) + "/output.log").c_str(),
                            O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600));
        m.terminal = TerminalRelay(std::move(*master), std::move(log));
    }
    return 0;
}

void recordRunning(Monitor &m)
{
    m.record.status = "running";
    m.record.pid = m.child;
    m.record.pidStart = processStartTime(m.child);
    m.record.monitorPid = ::getpid();
    m.record.monitorStart = processStartTime(::getpid());
    m.record.exitCode = 0;
    m.record.error.clear();
    m.record.startedAt = std::time(nullptr);
    m.record.finishedAt = 0;
    m.record.generation += 1;
    m.record.cgroups = m.cgroups;
    (void)saveState(m.state, m.config.id, m.record);
}

void serveAttach(Monitor &m)
{
    UniqueFd connection(::accept4(m.attachListener.get(), nullptr, nullptr, SOCK_CLOEXEC));
    if (!connection)
        return;
    ucred peer{};
    socklen_t length = sizeof peer;
    if (::getsockopt(connection.get(), SOL_SOCKET, SO_PEERCRED, &peer, &length) < 0 || peer.uid != 0)
        return;
    if (!m.terminal.active())
        return;
    auto relay = m.terminal.attachClient();
    if (relay)
        (void)sendFd(connection.get(), relay->get());
}

int superviseUntilExit(Monitor &m, StopSignals &stopSignals)
{
    int status = 0;
    for (;;) {
        if (::waitpid(m.child, &status, WNOHANG) == m.child)
            break;
        std::vector<pollfd> fds{{stopSignals.fd(), POLLIN, 0}, {m.attachListener.get(), POLLIN, 0}};
        for (int fd : m.terminal.watched())
            fds.push_back({fd, POLLIN, 0});
        // Attached clients' window sizes are looked at a few times a second (a resize without typing).
        if (::poll(fds.data(), fds.size(), m.terminal.hasClients() ? 200 : 1000) < 0 && errno != EINTR)
            continue;
        if (fds[0].revents & POLLIN)
            stopSignals.handle(m.child);
        stopSignals.enforce(m.child);
        for (std::size_t i = 2; i < fds.size(); ++i) {
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR))
                m.terminal.readable(fds[i].fd);
        }
        m.terminal.syncWindowSize();
        if (m.attachListener && (fds[1].revents & POLLIN))
            serveAttach(m);
    }
    m.terminal.drain();
    m.attachListener.reset();
    ::unlink((m.state.containerPath(m.config.id) + "/attach.sock").c_str());
    if (isFrozen(m.cgroups))
        (void)freeze(m.cgroups, false);
    removeCgroups(m.cgroups);
    m.record.status = "exited";
    m.record.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    m.record.finishedAt = std::time(nullptr);
    (void)saveState(m.state, m.config.id, m.record);
    return 0;
}

} // namespace

sockaddr_un attachAddress(int containerDirFd)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::snprintf(address.sun_path, sizeof address.sun_path, "/proc/self/fd/%d/attach.sock", containerDirFd);
    return address;
}

int runMonitor(const char *stateDir, const char *id)
{
    StopSignals stopSignals;
    auto state = StateDir::open(stateDir);
    auto config = state ? loadConfig(*state, id) : std::unexpected(state.error());
    auto record = config ? loadState(*state, id) : std::unexpected(config.error());
    if (!record) {
        (void)sendMessage(kMonitorControlFd, {{"ok", false}, {"exitCode", 125}, {"message", record.error().message}});
        return 1;
    }
    Monitor m{std::move(*state), std::move(*config), std::move(*record), {}, {}, {}, -1};
    if (start(m) != 0)
        return 1;
    if (m.config.tty) {
        auto listener = listenForAttach(m.state, m.config.id);
        if (listener)
            m.attachListener = std::move(*listener);
    }
    recordRunning(m);
    std::vector<int> fds;
    UniqueFd starter;  // the starting client's own relay of the terminal
    if (m.terminal.active()) {
        auto relay = m.terminal.attachClient();
        if (relay) {
            starter = std::move(*relay);
            fds.push_back(starter.get());
        }
    }
    (void)sendMessage(kMonitorControlFd, {{"ok", true}, {"pid", m.child}}, fds);
    starter.reset();
    ::close(kMonitorControlFd);
    return superviseUntilExit(m, stopSignals);
}

} // namespace ponton::helper
