#include "launcher.h"

#include "forkserver.h"
#include "monitor.h"
#include "wire.h"

#include <fcntl.h>
#include <linux/close_range.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>

#include <algorithm>
#include <vector>

namespace ponton::helper {

namespace {


// Missing stdin reads /dev/null; missing output goes to output.log (a container) or /dev/null (an exec).
Result<std::vector<UniqueFd>> stdioFor(const StateDir &state, const std::string &id, const int stdio[3], bool toLog)
{
    std::vector<UniqueFd> fds;
    const std::string log = toLog ? state.containerPath(id) + "/output.log" : std::string("/dev/null");
    for (int i = 0; i < 3; ++i) {
        int fd = stdio[i] >= 0 ? ::fcntl(stdio[i], F_DUPFD_CLOEXEC, 10)
                 : i == 0      ? ::open("/dev/null", O_RDONLY | O_CLOEXEC)
                               : ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (fd < 0)
            return sysError(errno, "open stdio %d for container %s", i, id.c_str());
        fds.emplace_back(fd);
    }
    return fds;
}

} // namespace

// Every descriptor the monitor inherits is first moved above all the target numbers, and only then
// placed on its target: a source may sit on another one's target (the helper's descriptors have
// arbitrary numbers), and placing them one by one would overwrite it (a bind mount source that had
// the number of a stdio target became the control socket, and open_tree failed with EINVAL).
void detachMonitorProcess(int control, const int stdio[3], const int *mounts, std::size_t mountCount, int log)
{
    if (::setsid() < 0)
        ::_exit(1);
    const pid_t monitor = ::fork();
    if (monitor != 0)
        ::_exit(monitor < 0 ? 1 : 0);
    constexpr std::size_t kFixed = 5;
    int sources[kFixed + kMaxMounts] = {log, control, stdio[0], stdio[1], stdio[2]};
    int targets[kFixed + kMaxMounts] = {2, kMonitorControlFd, kMonitorStdioFd, kMonitorStdioFd + 1, kMonitorStdioFd + 2};
    const std::size_t count = kFixed + std::min(mountCount, kMaxMounts);
    for (std::size_t i = 0; i + kFixed < count; ++i) {
        sources[kFixed + i] = mounts[i];
        targets[kFixed + i] = kMonitorMountFd + int(i);
    }
    constexpr int kAboveTargets = kMonitorMountFd + int(kMaxMounts);
    int moved[kFixed + kMaxMounts];
    for (std::size_t i = 0; i < count; ++i) {
        moved[i] = ::fcntl(sources[i], F_DUPFD, kAboveTargets);
        if (moved[i] < 0)
            ::_exit(1);
    }
    for (std::size_t i = 0; i < count; ++i) {
        if (::dup2(moved[i], targets[i]) < 0)
            ::_exit(1);
    }
    const int devnull = ::open("/dev/null", O_RDWR);
    ::dup2(devnull, 0);
    ::dup2(2, 1);
    ::syscall(SYS_close_range, unsigned(kMonitorMountFd + int(count - kFixed)), ~0U, 0U);
}

namespace {

// In the forked child of a helper with threads: only async-signal-safe calls from here to execv.
[[noreturn]] void execMonitor(int control, const std::vector<UniqueFd> &stdio, const std::vector<int> &mounts, int log,
                              char *const argv[])
{
    const int stdioFds[3] = {stdio[0].get(), stdio[1].get(), stdio[2].get()};
    detachMonitorProcess(control, stdioFds, mounts.data(), mounts.size(), log);
    ::execv("/proc/self/exe", argv);
    ::_exit(127);
}

// The monitor's one report on the control socket.
Result<Message> readReport(int control, const std::string &id)
{
    pollfd fd{control, POLLIN, 0};
    if (::poll(&fd, 1, 60000) <= 0)
        return fail("Unavailable", "the monitor of container %s did not report", id.c_str());
    auto received = receiveMessage(control);
    if (!received)
        return std::unexpected(received.error());
    if (received->closed)
        return fail("Internal", "the monitor of container %s exited without a report", id.c_str());
    return std::move(received->message);
}

// Forks and detaches a monitor running argv with the given stdio and bind mount sources, and
// returns its report.
Result<Message> launchMonitor(const StateDir &state, const std::string &id, const std::vector<UniqueFd> &stdio,
                              const std::vector<int> &mounts, char *const argv[])
{
    const std::string logPath = state.containerPath(id) + "/monitor.log";
    UniqueFd log(::open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600));
    int control[2];
    if (!log || ::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, control) < 0)
        return sysError(errno, "prepare the monitor of %s", id.c_str());
    UniqueFd ours(control[0]), theirs(control[1]);
    const int stdioFds[3] = {stdio[0].get(), stdio[1].get(), stdio[2].get()};
    if (forkThroughServer(argv + 1, theirs.get(), log.get(), stdioFds, mounts)) {
        theirs.reset();
        return readReport(ours.get(), id);
    }
    const pid_t child = ::fork();
    if (child < 0)
        return sysError(errno, "fork the monitor of %s", id.c_str());
    if (child == 0)
        execMonitor(theirs.get(), stdio, mounts, log.get(), argv);
    theirs.reset();
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return readReport(ours.get(), id);
}

} // namespace

Result<LaunchReport> launchContainer(const StateDir &state, const std::string &id, const int stdio[3],
                                     const std::vector<int> &mounts)
{
    if (mounts.size() > kMaxMounts)
        return fail("InvalidArgument", "at most %zu bind mounts", kMaxMounts);
    auto fds = stdioFor(state, id, stdio, true);
    if (!fds)
        return std::unexpected(fds.error());
    std::string stateDir = state.path(), container = id;
    char monitorFlag[] = "--monitor";
    char *const argv[] = {const_cast<char *>("ponton-helper"), monitorFlag, stateDir.data(), container.data(), nullptr};
    auto report = launchMonitor(state, id, *fds, mounts, argv);
    if (!report)
        return std::unexpected(report.error());
    const nlohmann::json &body = report->body;
    if (!body.value("ok", false)) {
        const int code = body.value("exitCode", 125);
        Error error{0, body.value("message", "start failed"), code == 127 ? "NotFound" : "InvalidArgument"};
        if (code == 125)
            error.code = "Internal";
        return std::unexpected(error);
    }
    LaunchReport launched;
    launched.pid = body.value("pid", 0);
    if (!report->fds.empty())
        launched.master = std::move(report->fds[0]);
    return launched;
}

Result<ExecLaunch> launchExec(const StateDir &state, const std::string &id, const std::string &execId,
                              const int stdio[3])
{
    auto fds = stdioFor(state, id, stdio, false);
    if (!fds)
        return std::unexpected(fds.error());
    std::string stateDir = state.path(), container = id, exec = execId;
    char monitorFlag[] = "--exec-monitor";
    char *const argv[] = {const_cast<char *>("ponton-helper"), monitorFlag, stateDir.data(), container.data(),
                          exec.data(), nullptr};
    auto report = launchMonitor(state, id, *fds, {}, argv);
    if (!report)
        return std::unexpected(report.error());
    const nlohmann::json &body = report->body;
    ExecLaunch launched;
    if (!body.value("ok", false)) {
        if (body.contains("code"))  // the container, not the command: not running, gone
            return std::unexpected(Error{0, body.value("message", "exec failed"), body.value("code", "Internal")});
        launched.exitCode = body.value("exitCode", 126);
        launched.error = body.value("message", "exec failed");
        return launched;
    }
    launched.pid = body.value("pid", 0);
    if (!report->fds.empty())
        launched.master = std::move(report->fds[0]);
    return launched;
}

} // namespace ponton::helper
