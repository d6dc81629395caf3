#include "forkserver.h"

#include "execmonitor.h"
#include "launcher.h"
#include "monitor.h"
#include "wire.h"

#include <linux/close_range.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <string>

namespace ponton::helper {

namespace {

constexpr std::size_t kFixedFds = 5;  // control, log, stdin, stdout, stderr; then the mounts

std::atomic<int> g_server{-1};
char *g_commandLine = nullptr;  // main's argv strings, one after the other
std::size_t g_commandLineSize = 0;

// "ponton-helper ARGS…" over the helper's command line, cut where it does not fit.
void showCommandLine(const std::vector<std::string> &args)
{
    if (!g_commandLine || g_commandLineSize == 0)
        return;
    std::string line("ponton-helper", sizeof "ponton-helper");
    for (const std::string &arg : args)
        line.append(arg.c_str(), arg.size() + 1);
    std::memset(g_commandLine, 0, g_commandLineSize);
    std::memcpy(g_commandLine, line.data(), std::min(line.size(), g_commandLineSize - 1));
}

// The process says what it is in its command line (ps -f) and its name (comm: top, ps -o comm).
int runMonitorCommand(const std::vector<std::string> &args)
{
    showCommandLine(args);
    if (args.size() == 3 && args[0] == "--monitor") {
        ::prctl(PR_SET_NAME, "ponton-monitor");
        return runMonitor(args[1].c_str(), args[2].c_str());
    }
    if (args.size() == 4 && args[0] == "--exec-monitor") {
        ::prctl(PR_SET_NAME, "ponton-execmon");
        return runExecMonitor(args[1].c_str(), args[2].c_str(), args[3].c_str());
    }
    return 2;
}

[[noreturn]] void serve(int socket)
{
    for (;;) {
        auto received = receiveMessage(socket);
        if (received && received->closed)
            ::_exit(0);
        if (!received || received->message.fds.size() < kFixedFds)
            continue;
        const Message &request = received->message;
        const std::vector<std::string> args = request.body.value("args", std::vector<std::string>());
        std::vector<int> fds;
        for (const UniqueFd &fd : request.fds)
            fds.push_back(fd.get());
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(socket);
            const int stdio[3] = {fds[2], fds[3], fds[4]};
            detachMonitorProcess(fds[0], stdio, fds.data() + kFixedFds, fds.size() - kFixedFds, fds[1]);
            ::_exit(runMonitorCommand(args));
        }
        while (child > 0 && ::waitpid(child, nullptr, 0) < 0 && errno == EINTR) {
        }
    }
}

} // namespace

void startForkServer(int argc, char **argv)
{
    if (argc > 0) {
        g_commandLine = argv[0];
        g_commandLineSize = std::size_t(argv[argc - 1] + std::strlen(argv[argc - 1]) + 1 - argv[0]);
    }
    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sockets) < 0)
        return;
    const pid_t server = ::fork();
    if (server == 0) {
        ::close(sockets[0]);
        const unsigned kept = unsigned(sockets[1]);
        if (kept > 3)
            ::syscall(SYS_close_range, 3U, kept - 1, 0U);
        ::syscall(SYS_close_range, kept + 1, ~0U, 0U);
        ::prctl(PR_SET_NAME, "ponton-forksrv");
        serve(sockets[1]);
    }
    ::close(sockets[1]);
    if (server < 0)
        ::close(sockets[0]);
    else
        g_server = sockets[0];
}

bool forkThroughServer(char *const args[], int control, int log, const int stdio[3], const std::vector<int> &mounts)
{
    const int server = g_server;
    if (server < 0 || mounts.size() > kMaxMounts)
        return false;
    std::vector<std::string> words;
    for (char *const *arg = args; *arg; ++arg)
        words.emplace_back(*arg);
    std::vector<int> fds{control, log, stdio[0], stdio[1], stdio[2]};
    fds.insert(fds.end(), mounts.begin(), mounts.end());
    if (!sendMessage(server, {{"args", words}}, fds)) {
        g_server = -1;  // it died: exec from now on
        return false;
    }
    return true;
}

} // namespace ponton::helper
