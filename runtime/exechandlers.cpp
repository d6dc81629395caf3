// container.exec and container.execWait (PROTOCOL.md "Exec").

#include "cgroups.h"
#include "containers.h"
#include "execrecord.h"
#include "handlers.h"
#include "launcher.h"
#include "server.h"

#include <poll.h>
#include <sys/syscall.h>

namespace ponton::helper {

namespace {

using nlohmann::json;

Result<std::string> containerId(const Request &request)
{
    auto id = request.string("id");
    if (id && !isHex64(*id))
        return fail("InvalidArgument", "not a container ID: '%.80s'", id->c_str());
    return id;
}

Result<std::vector<std::string>> stringList(const json &params, const char *key)
{
    const json value = params.value(key, json::array());
    if (!value.is_array())
        return fail("InvalidArgument", "parameter \"%s\" must be an array of strings", key);
    std::vector<std::string> items;
    for (const json &item : value) {
        if (!item.is_string())
            return fail("InvalidArgument", "parameter \"%s\" must be an array of strings", key);
        items.push_back(item.get<std::string>());
    }
    return items;
}

// The container's environment with the exec's variables over it (KEY=value, a new KEY replaces).
std::vector<std::string> mergedEnvironment(std::vector<std::string> env, const std::vector<std::string> &overrides)
{
    for (const std::string &entry : overrides) {
        const std::string key = entry.substr(0, entry.find('='));
        std::erase_if(env, [&](const std::string &e) { return e.substr(0, e.find('=')) == key; });
        env.push_back(entry);
    }
    return env;
}

Result<ExecRecord> execFromRequest(const Request &request, const ContainerConfig &config)
{
    ExecRecord exec;
    exec.execId = randomHex64();
    auto args = stringList(request.params, "args");
    auto env = args ? stringList(request.params, "env") : std::unexpected(args.error());
    if (!env)
        return std::unexpected(env.error());
    if (args->empty())
        return fail("InvalidArgument", "no command specified");
    for (const std::string &entry : *env) {
        if (entry.empty() || entry.front() == '=')
            return fail("InvalidArgument", "invalid environment variable: '%.200s'", entry.c_str());
    }
    exec.args = *args;
    exec.env = mergedEnvironment(config.env, *env);
    exec.cwd = request.stringOr("cwd", "");
    if (exec.cwd.empty())
        exec.cwd = config.cwd;
    if (exec.cwd.front() != '/')
        return fail("InvalidArgument", "the working directory must be absolute: '%.200s'", exec.cwd.c_str());
    exec.user = request.stringOr("user", "");
    if (exec.user.empty())
        exec.user = config.user;
    exec.tty = request.boolOr("tty", false);
    exec.privileged = request.boolOr("privileged", false) || config.privileged;
    return exec;
}

Result<Reply> execute(Request &request)
{
    auto id = containerId(request);
    auto config = id ? loadConfig(*request.state, *id) : std::unexpected(id.error());
    auto current = config ? currentState(*request.state, *id) : std::unexpected(config.error());
    if (!current)
        return std::unexpected(current.error());
    if (!isRunning(*current))
        return fail("Conflict", "container %s is not running", id->c_str());
    if (isFrozen(current->cgroups))
        return fail("Conflict", "container %s is paused, unpause the container before exec", id->c_str());
    auto exec = execFromRequest(request, *config);
    if (!exec)
        return std::unexpected(exec.error());
    auto stdio = request.takeStdio();
    if (!stdio)
        return std::unexpected(stdio.error());
    if (auto saved = saveExec(*request.state, *id, *exec); !saved)
        return std::unexpected(saved.error());
    auto launched = launchExec(*request.state, *id, exec->execId, stdio->fds);
    if (!launched)
        return std::unexpected(launched.error());
    Reply reply{{{"exec", exec->execId}, {"pid", launched->pid}}, {}};
    if (launched->pid == 0) {
        reply.result["exitCode"] = launched->exitCode;
        reply.result["error"] = launched->error;
    }
    if (launched->master) {
        reply.result["terminal"] = 0;
        reply.fds.push_back(std::move(launched->master));
    }
    return reply;
}

bool monitorAlive(const ExecRecord &exec)
{
    return exec.status == "running" && processAlive(exec.monitorPid, exec.monitorStart);
}

Result<Reply> waitForExec(Request &request)
{
    auto id = containerId(request);
    auto execId = id ? request.string("exec") : std::unexpected(id.error());
    auto exec = execId ? loadExec(*request.state, *id, *execId) : std::unexpected(execId.error());
    if (!exec)
        return std::unexpected(exec.error());
    if (monitorAlive(*exec)) {
        UniqueFd monitor{static_cast<int>(::syscall(SYS_pidfd_open, exec->monitorPid, 0))};
        if (monitor && processAlive(exec->monitorPid, exec->monitorStart)) {
            pollfd fds[2] = {{monitor.get(), POLLIN, 0}, {request.connection, POLLRDHUP, 0}};
            while (::poll(fds, request.connection >= 0 ? 2 : 1, -1) < 0 && errno == EINTR) {
            }
            if (!(fds[0].revents & POLLIN))
                return fail("Canceled", "the client went away while waiting for exec %.12s", execId->c_str());
        }
        exec = loadExec(*request.state, *id, *execId);
        if (!exec)
            return std::unexpected(exec.error());
    }
    if (exec->status == "running") {  // its monitor vanished without a word (killed, or the container went)
        exec->exitCode = 255;
        exec->error = "the exec's monitor disappeared";
    }
    return Reply{{{"exitCode", exec->exitCode}, {"error", exec->error}}, {}};
}

} // namespace

void registerExecHandlers(Server &server)
{
    server.addHandler("container.exec", execute);
    server.addHandler("container.execWait", waitForExec);
}

} // namespace ponton::helper
