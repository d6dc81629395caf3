// ponton-helper: the privileged runtime helper of Ponton. Serves the protocol of PROTOCOL.md on a
// Unix socket; keeps snapshots and containers under --state-dir.

#include "execmonitor.h"
#include "forkserver.h"
#include "handlers.h"
#include "instancelock.h"
#include "log.h"
#include "monitor.h"
#include "server.h"
#include "sha256stream.h"
#include "statedir.h"

#include <fcntl.h>
#include <grp.h>
#include <linux/close_range.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

using namespace ponton::helper;

namespace {

constexpr int kLockTimeoutMs = 10000;   // how long a starting helper waits for one that is leaving
constexpr off_t kMaxLogBytes = 1 << 20;  // a detached helper's log starts again beyond this

struct Arguments {
    std::string stateDir;
    ServerOptions server;
    bool detach = false;
};

void usage()
{
    std::fprintf(stderr, "usage: ponton-helper --state-dir DIR --socket PATH [--group NAME|GID] [--ready-fd N]\n"
                         "                     [--idle-exit SECONDS] [--detach]\n");
}

bool parseSeconds(const char *text, int &seconds)
{
    char *end = nullptr;
    const long number = std::strtol(text, &end, 10);
    if (!*text || !end || *end != '\0' || number < 0 || number > 86400 * 365)
        return false;
    seconds = int(number);
    return true;
}

bool parseGroup(const char *text, gid_t &gid)
{
    char *end = nullptr;
    const unsigned long number = std::strtoul(text, &end, 10);
    if (*text && end && *end == '\0') {
        gid = gid_t(number);
        return true;
    }
    const group *entry = ::getgrnam(text);
    if (!entry)
        return false;
    gid = entry->gr_gid;
    return true;
}

bool parseArguments(int argc, char **argv, Arguments &args)
{
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        if (option == "--detach") {
            args.detach = true;
            continue;
        }
        if (i + 1 >= argc)
            return false;
        const char *value = argv[++i];
        if (option == "--state-dir")
            args.stateDir = value;
        else if (option == "--socket")
            args.server.socketPath = value;
        else if (option == "--group" && parseGroup(value, args.server.socketGroup))
            continue;
        else if (option == "--ready-fd")
            args.server.readyFd = std::atoi(value);
        else if (option == "--idle-exit" && parseSeconds(value, args.server.idleExitSeconds))
            continue;
        else
            return false;
    }
    return !args.stateDir.empty() && !args.server.socketPath.empty();
}

// Leaves the starting client: a grandchild in a session of its own, stdin on /dev/null, output
// appended to DIR/helper.log, no descriptor of the client's but the ready one.
Status detach(const Arguments &args)
{
    const pid_t child = ::fork();
    if (child < 0)
        return sysError(errno, "fork");
    if (child > 0)
        ::_exit(0);
    if (::setsid() < 0)
        return sysError(errno, "setsid");
    if (::mkdir(args.stateDir.c_str(), 0700) < 0 && errno != EEXIST)
        return sysError(errno, "mkdir %s", args.stateDir.c_str());
    const std::string logPath = args.stateDir + "/helper.log";
    UniqueFd log(::open(logPath.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC, 0600));
    UniqueFd null(::open("/dev/null", O_RDONLY | O_CLOEXEC));
    if (!log || !null)
        return sysError(errno, "open %s", logPath.c_str());
    struct stat st{};
    if (::fstat(log.get(), &st) == 0 && st.st_size > kMaxLogBytes)
        (void)!::ftruncate(log.get(), 0);
    if (::dup2(null.get(), 0) < 0 || ::dup2(log.get(), 1) < 0 || ::dup2(log.get(), 2) < 0)
        return sysError(errno, "dup2");
    const int ready = args.server.readyFd;
    if (ready > 3)
        ::syscall(SYS_close_range, 3U, unsigned(ready - 1), 0U);
    ::syscall(SYS_close_range, unsigned(ready >= 3 ? ready + 1 : 3), ~0U, 0U);
    return {};
}

Result<Reply> ping(Request &request)
{
    return Reply{{{"helper", "ponton-helper"}, {"version", PONTON_VERSION}, {"protocol", 1},
                  {"pid", ::getpid()}, {"peerUid", request.peer.uid}},
                 {}};
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--monitor") == 0)
        return runMonitor(argv[2], argv[3]);
    if (argc == 5 && std::strcmp(argv[1], "--exec-monitor") == 0)
        return runExecMonitor(argv[2], argv[3], argv[4]);
    Arguments args;
    if (!parseArguments(argc, argv, args)) {
        usage();
        return 2;
    }
    if (::geteuid() != 0) {
        logError("must run as root (euid %u)", ::geteuid());
        return 1;
    }
    if (args.detach) {
        if (auto detached = detach(args); !detached) {
            logError("cannot detach: %s", detached.error().message.c_str());
            return 1;
        }
    }
    sigset_t blocked;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGTERM);
    sigaddset(&blocked, SIGINT);
    pthread_sigmask(SIG_BLOCK, &blocked, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    ::umask(0022);
    startForkServer(argc, argv);
    auto state = StateDir::open(args.stateDir);
    if (!state) {
        logError("%s", state.error().message.c_str());
        return 1;
    }
    // A socket passed by the service manager always answers: only a bound one tells that another serves.
    const bool activated = std::getenv("LISTEN_FDS") != nullptr;
    auto lock = acquireInstanceLock(args.stateDir, activated ? std::string() : args.server.socketPath, kLockTimeoutMs);
    if (!lock) {
        logError("%s", lock.error().message.c_str());
        return 1;
    }
    if (lock->anotherServes) {
        logInfo("another helper already serves %s", args.server.socketPath.c_str());
        if (args.server.readyFd >= 0)
            (void)!::write(args.server.readyFd, "ready\n", 6);
        return 0;
    }
    state->moveStaleTemporaries();
    std::thread([&state] { state->emptyTrash(); }).detach();
    Server server(args.server, *state);
    if (auto listening = server.listen(); !listening) {
        logError("%s", listening.error().message.c_str());
        return 1;
    }
    // OpenSSL reads its configuration and loads its provider at the first digest: done now, while the
    // first client connects.
    std::thread digestReady(&Sha256Stream::prepare);
    server.addHandler("ping", ping);
    registerSnapshotHandlers(server);
    registerContainerHandlers(server);
    registerExecHandlers(server);
    registerRootfsHandlers(server);
    const int status = server.run();
    digestReady.join();
    return status;
}
