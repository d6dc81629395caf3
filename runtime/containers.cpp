#include "containers.h"

#include "cgroups.h"
#include "fsutil.h"
#include "snapshots.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace ponton::helper {

namespace {

std::string hostFile(const char *path)
{
    std::ifstream file(path);
    std::stringstream content;
    content << file.rdbuf();
    return content.str();
}

std::string hostsFile(const ContainerConfig &config)
{
    std::string hosts = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
                        "fe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\n"
                        "ff02::2\tip6-allrouters\n";
    hosts += "127.0.1.1\t" + config.hostname + "\n";
    return hosts;
}

Status makeDirectories(int dir, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (::mkdirat(dir, name, 0755) < 0 && errno != EEXIST)
            return sysError(errno, "mkdir %s", name);
    }
    return {};
}

// The topmost lower layer: mount points (/proc, /sys, /dev, /etc/hosts...) exist without touching
// the upper dir, so they never show up in a diff.
Status makeInitLayer(int containerDir)
{
    if (auto made = makeDirectories(containerDir, {"init", "init/proc", "init/sys", "init/dev", "init/etc"}); !made)
        return made;
    for (const char *name : {"init/etc/hosts", "init/etc/hostname", "init/etc/resolv.conf"}) {
        UniqueFd fd(::openat(containerDir, name, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (!fd)
            return sysError(errno, "create %s", name);
    }
    return {};
}

Status writeGeneratedFiles(int containerDir, const ContainerConfig &config)
{
    const std::string resolv = config.networkNone ? std::string() : hostFile("/etc/resolv.conf");
    const std::pair<const char *, std::string> files[] = {
        {"hosts", hostsFile(config)}, {"hostname", config.hostname + "\n"}, {"resolv.conf", resolv}};
    for (const auto &[name, content] : files) {
        if (auto written = writeFileAtomically(containerDir, name, content, false); !written)
            return written;
        ::fchmodat(containerDir, name, 0644, 0);
    }
    return {};
}

Status populate(const StateDir &state, const ContainerConfig &config)
{
    UniqueFd dir(::openat(state.containersFd(), config.id.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return sysError(errno, "open container directory %s", config.id.c_str());
    if (auto made = makeDirectories(dir.get(), {"upper", "work", "rootfs"}); !made)
        return made;
    if (auto init = makeInitLayer(dir.get()); !init)
        return init;
    if (auto files = writeGeneratedFiles(dir.get(), config); !files)
        return files;
    if (auto saved = saveConfig(state, config); !saved)
        return saved;
    return saveState(state, config.id, ContainerState{});
}

} // namespace

Result<ContainerConfig> createContainer(const StateDir &state, ContainerConfig config)
{
    for (const std::string &snapshot : config.snapshots) {
        if (!isHex64(snapshot) || !snapshotExists(state, snapshot))
            return fail("NotFound", "no snapshot sha256:%.64s", snapshot.c_str());
    }
    if (config.hostname.empty())
        config.hostname = config.id.substr(0, 12);
    if (::mkdirat(state.containersFd(), config.id.c_str(), 0700) < 0)
        return sysError(errno, "mkdir container %s", config.id.c_str());
    if (auto populated = populate(state, config); !populated) {
        (void)removeTree(state.containersFd(), config.id);
        return std::unexpected(populated.error());
    }
    return config;
}

bool isRunning(const ContainerState &state)
{
    return state.status == "running" && processAlive(state.monitorPid, state.monitorStart);
}

Result<ContainerState> currentState(const StateDir &state, const std::string &id)
{
    auto current = loadState(state, id);
    if (!current || current->status != "running" || isRunning(*current))
        return current;
    auto reread = loadState(state, id);  // the monitor may have just written "exited"
    if (!reread || reread->status != "running")
        return reread;
    reread->status = "exited";
    reread->exitCode = 255;
    reread->error = "the container's monitor disappeared";
    return reread;
}

nlohmann::json describe(const StateDir &, const ContainerConfig &config, const ContainerState &current)
{
    nlohmann::json view = toJson(config);
    const bool running = isRunning(current);
    view["status"] = running && isFrozen(current.cgroups) ? "paused" : running ? "running" : current.status;
    view["pid"] = running ? current.pid : 0;
    view["exitCode"] = current.exitCode;
    view["error"] = current.error;
    view["startedAt"] = current.startedAt;
    view["finishedAt"] = current.finishedAt;
    return view;
}

Status signalContainer(const ContainerState &state, int signal)
{
    if (!isRunning(state) || !processAlive(state.pid, state.pidStart))
        return fail("Conflict", "container is not running");
    const long pidfd = ::syscall(SYS_pidfd_open, state.pid, 0);
    if (pidfd < 0)
        return sysError(errno, "pidfd_open %d", state.pid);
    UniqueFd process{static_cast<int>(pidfd)};
    if (processStartTime(state.pid) != state.pidStart)
        return fail("Conflict", "container is not running");
    if (::syscall(SYS_pidfd_send_signal, process.get(), signal, nullptr, 0) < 0)
        return sysError(errno, "kill %d with signal %d", state.pid, signal);
    return {};
}

Result<int> waitForExit(const StateDir &state, const std::string &id, int clientSocket)
{
    auto current = currentState(state, id);
    if (!current)
        return std::unexpected(current.error());
    if (current->status == "running") {
        const long pidfd = ::syscall(SYS_pidfd_open, current->monitorPid, 0);
        UniqueFd monitor{static_cast<int>(pidfd)};
        if (pidfd >= 0 && processAlive(current->monitorPid, current->monitorStart)) {
            pollfd fds[2] = {{monitor.get(), POLLIN, 0}, {clientSocket, POLLRDHUP, 0}};
            while (::poll(fds, clientSocket >= 0 ? 2 : 1, -1) < 0 && errno == EINTR) {
            }
            if (!(fds[0].revents & POLLIN))
                return fail("Canceled", "the client went away while waiting for %s", id.c_str());
        }
        current = currentState(state, id);
        if (!current)
            return std::unexpected(current.error());
    }
    return current->exitCode;
}

Status removeContainer(const StateDir &state, const std::string &id, bool force)
{
    auto current = currentState(state, id);
    if (!current)
        return std::unexpected(current.error());
    if (isRunning(*current)) {
        if (!force)
            return fail("Conflict", "container %.12s is running: stop it before removing it, or force", id.c_str());
        if (isFrozen(current->cgroups))
            (void)freeze(current->cgroups, false);
        (void)signalContainer(*current, SIGKILL);
        if (auto waited = waitForExit(state, id, -1); !waited)
            return std::unexpected(waited.error());
    }
    removeCgroups(current->cgroups);
    return state.discardContainer(id);
}

Result<UniqueFd> lockContainer(const StateDir &state, const std::string &id)
{
    if (!isHex64(id))
        return fail("InvalidArgument", "not a container ID: '%.80s'", id.c_str());
    UniqueFd dir(::openat(state.containersFd(), id.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return fail("NotFound", "no such container: %s", id.c_str());
    if (::flock(dir.get(), LOCK_EX) < 0)
        return sysError(errno, "lock container %s", id.c_str());
    return dir;
}

} // namespace ponton::helper
