#include "containerrecord.h"

#include "fsutil.h"

#include <fcntl.h>

#include <cstdlib>

namespace ponton::helper {

using nlohmann::json;

json toJson(const ContainerConfig &c)
{
    json mounts = json::array();
    for (const BindMount &m : c.mounts)
        mounts.push_back({{"source", m.source}, {"destination", m.destination}, {"readOnly", m.readOnly}});
    return {{"id", c.id}, {"name", c.name}, {"snapshots", c.snapshots}, {"args", c.args}, {"env", c.env},
            {"cwd", c.cwd}, {"user", c.user}, {"hostname", c.hostname}, {"tty", c.tty},
            {"network", c.networkNone ? "none" : "host"}, {"privileged", c.privileged}, {"mounts", mounts},
            {"created", c.created}};
}

json toJson(const ContainerState &s)
{
    return {{"status", s.status}, {"pid", s.pid}, {"pidStart", s.pidStart}, {"monitorPid", s.monitorPid},
            {"monitorStart", s.monitorStart}, {"exitCode", s.exitCode}, {"error", s.error},
            {"startedAt", s.startedAt}, {"finishedAt", s.finishedAt}, {"generation", s.generation},
            {"cgroups", s.cgroups}};
}

Result<ContainerConfig> configFromJson(const json &j)
{
    ContainerConfig c;
    c.id = j.value("id", "");
    c.name = j.value("name", "");
    c.snapshots = j.value("snapshots", std::vector<std::string>{});
    c.args = j.value("args", std::vector<std::string>{});
    c.env = j.value("env", std::vector<std::string>{});
    c.cwd = j.value("cwd", "/");
    c.user = j.value("user", "");
    c.hostname = j.value("hostname", "");
    c.tty = j.value("tty", false);
    c.networkNone = j.value("network", "host") == "none";
    c.privileged = j.value("privileged", false);
    c.created = j.value("created", std::int64_t(0));
    for (const json &m : j.value("mounts", json::array()))
        c.mounts.push_back({m.value("source", ""), m.value("destination", ""), m.value("readOnly", false)});
    if (!isHex64(c.id))
        return fail("InvalidArgument", "container record has no valid id");
    return c;
}

ContainerState stateFromJson(const json &j)
{
    ContainerState s;
    s.status = j.value("status", "created");
    s.pid = j.value("pid", 0);
    s.pidStart = j.value("pidStart", std::uint64_t(0));
    s.monitorPid = j.value("monitorPid", 0);
    s.monitorStart = j.value("monitorStart", std::uint64_t(0));
    s.exitCode = j.value("exitCode", 0);
    s.error = j.value("error", "");
    s.startedAt = j.value("startedAt", std::int64_t(0));
    s.finishedAt = j.value("finishedAt", std::int64_t(0));
    s.generation = j.value("generation", std::uint64_t(0));
    s.cgroups = j.value("cgroups", std::map<std::string, std::string>{});
    return s;
}

namespace {

Result<json> loadJson(const StateDir &state, const std::string &id, const char *file)
{
    if (!isHex64(id))
        return fail("InvalidArgument", "not a container ID: '%.80s'", id.c_str());
    UniqueFd dir(::openat(state.containersFd(), id.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return fail("NotFound", "no such container: %s", id.c_str());
    auto text = readFileAt(dir.get(), file);
    if (!text)
        return std::unexpected(text.error());
    json parsed = json::parse(*text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return fail("Internal", "container %s: %s is corrupt", id.c_str(), file);
    return parsed;
}

Status saveJson(const StateDir &state, const std::string &id, const char *file, const json &content, bool durable)
{
    UniqueFd dir(::openat(state.containersFd(), id.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return sysError(errno, "open container directory %s", id.c_str());
    return writeFileAtomically(dir.get(), file, content.dump(2), durable);
}

} // namespace

Result<ContainerConfig> loadConfig(const StateDir &state, const std::string &id)
{
    auto j = loadJson(state, id, "config.json");
    if (!j)
        return std::unexpected(j.error());
    try {
        return configFromJson(*j);
    } catch (const json::exception &e) {
        return fail("Internal", "container %s: config.json: %s", id.c_str(), e.what());
    }
}

Result<ContainerState> loadState(const StateDir &state, const std::string &id)
{
    auto j = loadJson(state, id, "state.json");
    if (!j)
        return std::unexpected(j.error());
    try {
        return stateFromJson(*j);
    } catch (const json::exception &e) {
        return fail("Internal", "container %s: state.json: %s", id.c_str(), e.what());
    }
}

Status saveConfig(const StateDir &state, const ContainerConfig &config)
{
    return saveJson(state, config.id, "config.json", toJson(config), true);
}

Status saveState(const StateDir &state, const std::string &id, const ContainerState &containerState)
{
    // Not fsynced: after a crash the monitor is gone and the state is corrected from that anyway.
    return saveJson(state, id, "state.json", toJson(containerState), false);
}

std::uint64_t processStartTime(pid_t pid)
{
    if (pid <= 0)
        return 0;
    UniqueFd proc(::open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    auto stat = readFileAt(proc.get(), std::to_string(pid) + "/stat");
    if (!stat)
        return 0;
    const std::size_t close = stat->rfind(')');
    if (close == std::string::npos)
        return 0;
    // Fields after the command: state is field 3, starttime field 22.
    std::size_t position = close + 2;
    for (int field = 3; field < 22 && position != std::string::npos; ++field)
        position = stat->find(' ', position) + 1;
    if (position == 0 || position >= stat->size())
        return 0;
    return std::strtoull(stat->c_str() + position, nullptr, 10);
}

bool processAlive(pid_t pid, std::uint64_t startTime)
{
    if (startTime == 0 || processStartTime(pid) != startTime)
        return false;
    UniqueFd proc(::open("/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    auto stat = readFileAt(proc.get(), std::to_string(pid) + "/stat");
    const std::size_t close = stat ? stat->rfind(')') : std::string::npos;
    return close != std::string::npos && close + 2 < stat->size() && (*stat)[close + 2] != 'Z';
}

} // namespace ponton::helper
