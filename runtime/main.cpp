// ponton-helper: the privileged runtime helper of Ponton. Serves the protocol of PROTOCOL.md on a
// Unix socket; keeps snapshots and containers under --state-dir.

#include "execmonitor.h"
#include "handlers.h"
#include "log.h"
#include "monitor.h"
#include "server.h"
#include "statedir.h"

#include <grp.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

using namespace ponton::helper;

namespace {

struct Arguments {
    std::string stateDir;
    ServerOptions server;
};

void usage()
{
    std::fprintf(stderr, "usage: ponton-helper --state-dir DIR --socket PATH [--group NAME|GID] [--ready-fd N]\n");
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
        else
            return false;
    }
    return !args.stateDir.empty() && !args.server.socketPath.empty();
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
    sigset_t blocked;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGTERM);
    sigaddset(&blocked, SIGINT);
    pthread_sigmask(SIG_BLOCK, &blocked, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    ::umask(0022);
    auto state = StateDir::open(args.stateDir);
    if (!state) {
        logError("%s", state.error().message.c_str());
        return 1;
    }
    state->moveStaleTemporaries();
    std::thread([&state] { state->emptyTrash(); }).detach();
    Server server(args.server, *state);
    server.addHandler("ping", ping);
    registerSnapshotHandlers(server);
    registerContainerHandlers(server);
    registerExecHandlers(server);
    registerRootfsHandlers(server);
    return server.run();
}
