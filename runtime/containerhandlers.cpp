#include "cgroups.h"
#include "containers.h"
#include "fdpassing.h"
#include "fsutil.h"
#include "handlers.h"
#include "launcher.h"
#include "monitor.h"
#include "server.h"
#include "snapshots.h"
#include "upperdiff.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <cstring>
#include <ctime>

namespace ponton::helper {

namespace {

using nlohmann::json;

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

Result<std::vector<BindMount>> mountList(const json &params)
{
    std::vector<BindMount> mounts;
    for (const json &item : params.value("mounts", json::array())) {
        BindMount mount{item.value("source", ""), item.value("destination", ""), item.value("readOnly", false)};
        if (mount.destination.empty() || mount.destination[0] != '/' || !splitPath(mount.destination)
            || splitPath(mount.destination)->empty())
            return fail("InvalidArgument", "bind mount destination must be an absolute path inside the container: '%.200s'",
                        mount.destination.c_str());
        mounts.push_back(std::move(mount));
    }
    if (mounts.size() > 8)
        return fail("InvalidArgument", "at most 8 bind mounts");
    return mounts;
}

Result<ContainerConfig> configFromRequest(const Request &request)
{
    const json &p = request.params;
    ContainerConfig c;
    c.id = p.value("id", randomHex64());
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
    c.privileged = p.value("privileged", false);
    auto mounts = mountList(p);
    if (!mounts)
        return std::unexpected(mounts.error());
    c.mounts = *mounts;
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

// The fds the client opened for the record's bind mounts ("mounts": [index…], in order). They must be
// real opens (not O_PATH): what the client could open is what the container gets.
Result<std::vector<UniqueFd>> mountSources(Request &request, const std::string &id)
{
    auto config = loadConfig(*request.state, id);
    if (!config)
        return std::unexpected(config.error());
    const json indexes = request.params.value("mounts", json::array());
    if (!indexes.is_array() || indexes.size() != config->mounts.size())
        return fail("InvalidArgument", "container %.12s has %zu bind mounts: pass one opened source for each",
                    id.c_str(), config->mounts.size());
    std::vector<UniqueFd> fds;
    for (const json &index : indexes) {
        const std::size_t i = index.is_number_unsigned() ? index.get<std::size_t>() : request.fds.size();
        if (i >= request.fds.size() || !request.fds[i].valid())
            return fail("InvalidArgument", "bind mount source %zu did not come with the request", i);
        const int flags = ::fcntl(request.fds[i].get(), F_GETFL);
        if (flags < 0 || (flags & O_PATH))
            return fail("PermissionDenied", "bind mount sources must be opened for reading, not with O_PATH");
        fds.push_back(std::move(request.fds[i]));
    }
    return fds;
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
    auto stdio = request.takeStdio();
    if (!stdio)
        return std::unexpected(stdio.error());
    auto mounts = mountSources(request, *id);
    if (!mounts)
        return std::unexpected(mounts.error());
    std::vector<int> mountFds;
    for (const UniqueFd &fd : *mounts)
        mountFds.push_back(fd.get());
    auto launched = launchContainer(*request.state, *id, stdio->fds, mountFds);
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
    UniqueFd dir(::openat(state.containersFd(), id.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return sysError(errno, "open container directory %.12s", id.c_str());
    sockaddr_un address = attachAddress(dir.get());
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

// A read-only descriptor of the container's output.log (created empty when the container never wrote
// one: started with the client's stdio, or not started yet).
Result<Reply> logs(Request &request)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    if (auto config = loadConfig(*request.state, *id); !config)
        return std::unexpected(config.error());
    UniqueFd dir(::openat(request.state->containersFd(), id->c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return sysError(errno, "open container directory %.12s", id->c_str());
    UniqueFd log(::openat(dir.get(), "output.log", O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!log)
        return sysError(errno, "open the output log of %.12s", id->c_str());
    Reply reply{{{"log", 0}}, {}};
    reply.fds.push_back(std::move(log));
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

Result<Reply> diff(Request &request)
{
    auto id = idParam(request);
    if (!id)
        return std::unexpected(id.error());
    auto output = request.takeFd("output");
    if (!output)
        return std::unexpected(output.error());
    auto lock = lockContainer(*request.state, *id);
    auto current = lock ? currentState(*request.state, *id) : std::unexpected(lock.error());
    if (!current)
        return std::unexpected(current.error());
    DiffOptions options;
    options.live = request.params.value("live", false);
    if (isRunning(*current) && !isFrozen(current->cgroups) && !options.live)
        return fail("Conflict", "container %.12s is running: pause it before taking its diff (or ask for a live diff)", id->c_str());
    if (request.params.contains("clampMtime")) {
        if (!request.params["clampMtime"].is_number_integer())
            return fail("InvalidArgument", "clampMtime must be an integer (seconds since the epoch)");
        options.clampMtime = request.params["clampMtime"].get<std::int64_t>();
    }
    auto outcome = writeUpperDiff(*request.state, *id, output->get(), options);
    if (!outcome)
        return std::unexpected(outcome.error());
    return Reply{{{"diffId", "sha256:" + outcome->diffIdHex}, {"size", outcome->size}}, {}};
}

Result<Reply> adopt(Request &request)
{
    auto id = idParam(request);
    auto digest = id ? request.string("diffId") : std::unexpected(id.error());
    auto hex = digest ? sha256Hex(*digest) : std::unexpected(digest.error());
    if (!hex)
        return std::unexpected(hex.error());
    auto lock = lockContainer(*request.state, *id);
    if (!lock)
        return std::unexpected(lock.error());
    if (auto adopted = adoptPendingSnapshot(*request.state, *id, *hex); !adopted)
        return std::unexpected(adopted.error());
    return Reply{};
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
    const std::string doomed = ".tmp-removed-" + *hex + "-" + randomHex64().substr(0, 16);
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
    server.addHandler("container.logs", logs);
    server.addHandler("container.kill", kill);
    server.addHandler("container.pause", [](Request &r) { return setFrozen(r, true); });
    server.addHandler("container.unpause", [](Request &r) { return setFrozen(r, false); });
    server.addHandler("container.delete", remove);
    server.addHandler("container.inspect", inspect);
    server.addHandler("container.list", list);
    server.addHandler("container.diff", diff);
    server.addHandler("container.adopt", adopt);
}

} // namespace ponton::helper
