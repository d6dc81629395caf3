#include "cgroups.h"
#include "containers.h"
#include "fdpassing.h"
#include "fsutil.h"
#include "handlers.h"
#include "launcher.h"
#include "server.h"
#include "snapshots.h"

#include <signal.h>
#include <sys/random.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstring>
#include <ctime>

namespace ponton::helper {

namespace {

using nlohmann::json;

std::string randomId()
{
    unsigned char bytes[32] = {};
    (void)!::getrandom(bytes, sizeof bytes, 0);
    static const char digits[] = "0123456789abcdef";
    std::string id;
    for (unsigned char b : bytes) {
        id += digits[b >> 4];
        id += digits[b & 15];
    }
    return id;
}

Result<std::vector<std::string>> snapshotList(const json &params)
{
    std::vector<std::string> hexes;
    for (const json &item : params.value("snapshots", json::array())) {
        auto hex = sha256Hex(item.is_string() ? item.get<std::string>() : std::string());
        if (!hex)
            return std::unexpected(hex.error());
        hexes.push_back(*hex);
    }
    return hexes;
}

Result<ContainerConfig> configFromRequest(const Request &request)
{
    const json &p = request.params;
    ContainerConfig c;
    c.id = p.value("id", randomId());
    if (!isHex64(c.id))
        return fail("InvalidArgument", "container id must be 64 lower-case hex characters");
    auto snapshots = snapshotList(p);
    if (!snapshots)
        return std::unexpected(snapshots.error());
    c.snapshots = *snapshots;
    c.name = p.value("name", "");
    c.args = p.value("args", std::vector<std::string>{});
    c.env = p.value("env", std::vector<std::string>{});
    c.cwd = p.value("cwd", "/");
    c.user = p.value("user", "");
    c.hostname = p.value("hostname", "");
    c.tty = p.value("tty", false);
    const std::string network = p.value("network", "host");
    if (network != "host" && network != "none")
        return fail("InvalidArgument", "network must be \"host\" or \"none\", not \"%.40s\"", network.c_str());
    c.networkNone = network == "none";
    if (!p.value("mounts", json::array()).empty())
        return fail("Unavailable", "bind mounts are not supported by this helper yet");
    if (c.args.empty())
        return fail("InvalidArgument", "no command specified");
    if (c.cwd.empty() || c.cwd[0] != '/')
        return fail("InvalidArgument", "working directory must be absolute: '%.200s'", c.cwd.c_str());
    c.created = std::time(nullptr);
    return c;
}

Status nameAvailable(const StateDir &state, const std::string &name)
{
    if (name.empty())
        return {};
    for (const std::string &id : listDirectory(state.containersFd())) {
        auto other = loadConfig(state, id);
        if (other && other->name == name)
            return fail("Conflict", "the container name \"%s\" is already in use by container %s", name.c_str(),
                        id.c_str());
    }
    return {};
}

Result<Reply> create(Request &request)
{
    auto config = configFromRequest(request);
    if (!config)
        return std::unexpected(config.error());
    if (auto free = nameAvailable(*request.state, config->name); !free)
        return std::unexpected(free.error());
    auto created = createContainer(*request.state, *config);
    if (!created)
        return std::unexpected(created.error());
    return Reply{describe(*request.state, *created, ContainerState{}), {}};
}

Result<std::string> idParam(const Request &request)
{
    auto id = request.string("id");
    if (id && !isHex64(*id))
        return fail("InvalidArgument", "not a container ID: '%.80s'", id->c_str());
    return id;
}

Result<Reply> start(Request &request)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    auto lock = lockContainer(*request.state, *id);
    if (!lock)
        return std::unexpected(lock.error());
    auto current = currentState(*request.state, *id);
    if (!current)
        return std::unexpected(current.error());
    if (isRunning(*current))
        return fail("Conflict", "container %.12s is already running", id->c_str());
    if (current->status == "running")  // its monitor vanished: record the exit before starting again
        (void)saveState(*request.state, *id, *current);
    int stdio[3] = {-1, -1, -1};
    std::vector<UniqueFd> owned;
    const char *keys[3] = {"stdin", "stdout", "stderr"};
    for (int i = 0; i < 3; ++i) {
        if (!request.params.contains(keys[i]))
            continue;
        auto fd = request.takeFd(keys[i]);
        if (!fd)
            return std::unexpected(fd.error());
        stdio[i] = fd->get();
        owned.push_back(std::move(*fd));
    }
    auto launched = launchContainer(*request.state, *id, stdio);
    if (!launched)
        return std::unexpected(launched.error());
    Reply reply{{{"pid", launched->pid}}, {}};
    if (launched->master) {
        reply.result["terminal"] = 0;
        reply.fds.push_back(std::move(launched->master));
    }
    return reply;
}

Result<UniqueFd> fetchMaster(const StateDir &state, const std::string &id)
{
    const std::string path = state.containerPath(id) + "/attach.sock";
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= sizeof address.sun_path)
        return fail("Internal", "attach socket path too long");
    std::strcpy(address.sun_path, path.c_str());
    UniqueFd socket(::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0));
    if (!socket || ::connect(socket.get(), reinterpret_cast<sockaddr *>(&address), sizeof address) < 0)
        return sysError(errno, "connect to the monitor of %.12s", id.c_str());
    return receiveFd(socket.get());
}

Result<Reply> attach(Request &request)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    auto config = loadConfig(*request.state, *id);
    auto current = config ? currentState(*request.state, *id) : std::unexpected(config.error());
    if (!current)
        return std::unexpected(current.error());
    if (!isRunning(*current))
        return fail("Conflict", "You cannot attach to a stopped container, start it first");
    if (!config->tty)
        return fail("Unavailable", "attach needs a container created with a terminal");
    auto master = fetchMaster(*request.state, *id);
    if (!master)
        return std::unexpected(master.error());
    Reply reply{{{"terminal", 0}}, {}};
    reply.fds.push_back(std::move(*master));
    return reply;
}

Result<Reply> wait(Request &request)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    auto code = waitForExit(*request.state, *id, request.connection);
    if (!code)
        return std::unexpected(code.error());
    return Reply{{{"exitCode", *code}}, {}};
}

Result<Reply> kill(Request &request)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    const int signal = request.params.value("signal", SIGKILL);
    if (signal <= 0 || signal >= NSIG)
        return fail("InvalidArgument", "invalid signal %d", signal);
    auto current = currentState(*request.state, *id);
    if (!current)
        return std::unexpected(current.error());
    if (auto sent = signalContainer(*current, signal); !sent)
        return std::unexpected(sent.error());
    return Reply{};
}

Result<Reply> setFrozen(Request &request, bool frozen)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    auto lock = lockContainer(*request.state, *id);
    auto current = lock ? currentState(*request.state, *id) : std::unexpected(lock.error());
    if (!current)
        return std::unexpected(current.error());
    if (!isRunning(*current))
        return fail("Conflict", "container %.12s is not running", id->c_str());
    if (isFrozen(current->cgroups) == frozen)
        return fail("Conflict", "container %.12s is %s", id->c_str(), frozen ? "already paused" : "not paused");
    if (auto done = freeze(current->cgroups, frozen); !done)
        return std::unexpected(done.error());
    if (!frozen) {
        current->generation += 1;
        (void)saveState(*request.state, *id, *current);
    }
    return Reply{};
}

Result<Reply> remove(Request &request)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    auto lock = lockContainer(*request.state, *id);
    if (!lock)
        return std::unexpected(lock.error());
    if (auto removed = removeContainer(*request.state, *id, request.boolOr("force", false)); !removed)
        return std::unexpected(removed.error());
    return Reply{};
}

Result<Reply> inspect(Request &request)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    auto config = loadConfig(*request.state, *id);
    auto current = config ? currentState(*request.state, *id) : std::unexpected(config.error());
    if (!current)
        return std::unexpected(current.error());
    return Reply{describe(*request.state, *config, *current), {}};
}

Result<Reply> list(Request &request)
{
    json containers = json::array();
    for (const std::string &id : listDirectory(request.state->containersFd())) {
        auto config = isHex64(id) ? loadConfig(*request.state, id) : fail("NotFound", "skip");
        auto current = config ? currentState(*request.state, id) : std::unexpected(config.error());
        if (current)
            containers.push_back(describe(*request.state, *config, *current));
    }
    return Reply{{{"containers", containers}}, {}};
}

} // namespace

Result<Reply> removeSnapshotRequest(Request &request)
{
    auto digest = request.string("diffId");
    auto hex = digest ? sha256Hex(*digest) : std::unexpected(digest.error());
    if (!hex)
        return std::unexpected(hex.error());
    if (!snapshotExists(*request.state, *hex))
        return fail("NotFound", "no snapshot sha256:%s", hex->c_str());
    for (const std::string &id : listDirectory(request.state->containersFd())) {
        auto config = isHex64(id) ? loadConfig(*request.state, id) : fail("NotFound", "skip");
        if (!config)
            continue;
        for (const std::string &used : config->snapshots) {
            if (used == *hex)
                return fail("Conflict", "snapshot sha256:%s is used by container %s", hex->c_str(), id.c_str());
        }
    }
    const std::string doomed = ".tmp-removed-" + *hex + "-" + randomId().substr(0, 16);
    if (::renameat(request.state->snapshotsFd(), hex->c_str(), request.state->snapshotsFd(), doomed.c_str()) < 0)
        return sysError(errno, "rename snapshot %s", hex->c_str());
    if (auto removed = removeTree(request.state->snapshotsFd(), doomed); !removed)
        return std::unexpected(removed.error());
    return Reply{};
}

void registerContainerHandlers(Server &server)
{
    server.addHandler("container.create", create);
    server.addHandler("container.start", start);
    server.addHandler("container.attach", attach);
    server.addHandler("container.wait", wait);
    server.addHandler("container.kill", kill);
    server.addHandler("container.pause", [](Request &r) { return setFrozen(r, true); });
    server.addHandler("container.unpause", [](Request &r) { return setFrozen(r, false); });
    server.addHandler("container.delete", remove);
    server.addHandler("container.inspect", inspect);
    server.addHandler("container.list", list);
}

} // namespace ponton::helper
