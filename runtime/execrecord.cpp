#include "execrecord.h"

#include "fsutil.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace ponton::helper {

using nlohmann::json;

namespace {

Result<UniqueFd> execsDirectory(const StateDir &state, const std::string &id)
{
    if (!isHex64(id))
        return fail("InvalidArgument", "not a container ID: '%.80s'", id.c_str());
    UniqueFd dir(::openat(state.containersFd(), id.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return fail("NotFound", "no such container: %s", id.c_str());
    if (::mkdirat(dir.get(), "execs", 0700) < 0 && errno != EEXIST)
        return sysError(errno, "mkdir execs of container %.12s", id.c_str());
    UniqueFd execs(::openat(dir.get(), "execs", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!execs)
        return sysError(errno, "open execs of container %.12s", id.c_str());
    return execs;
}

} // namespace

json toJson(const ExecRecord &e)
{
    return {{"execId", e.execId}, {"args", e.args}, {"env", e.env}, {"cwd", e.cwd}, {"user", e.user},
            {"tty", e.tty}, {"privileged", e.privileged}, {"status", e.status}, {"pid", e.pid}, {"monitorPid", e.monitorPid},
            {"monitorStart", e.monitorStart}, {"exitCode", e.exitCode}, {"error", e.error}};
}

ExecRecord execFromJson(const json &j)
{
    ExecRecord e;
    e.execId = j.value("execId", "");
    e.args = j.value("args", std::vector<std::string>{});
    e.env = j.value("env", std::vector<std::string>{});
    e.cwd = j.value("cwd", "/");
    e.user = j.value("user", "");
    e.tty = j.value("tty", false);
    e.privileged = j.value("privileged", false);
    e.status = j.value("status", "created");
    e.pid = j.value("pid", 0);
    e.monitorPid = j.value("monitorPid", 0);
    e.monitorStart = j.value("monitorStart", std::uint64_t(0));
    e.exitCode = j.value("exitCode", 0);
    e.error = j.value("error", "");
    return e;
}

Result<ExecRecord> loadExec(const StateDir &state, const std::string &id, const std::string &execId)
{
    if (!isHex64(execId))
        return fail("InvalidArgument", "not an exec ID: '%.80s'", execId.c_str());
    auto dir = execsDirectory(state, id);
    if (!dir)
        return std::unexpected(dir.error());
    auto text = readFileAt(dir->get(), execId + ".json");
    if (!text)
        return fail("NotFound", "no such exec instance: %s", execId.c_str());
    json parsed = json::parse(*text, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object())
        return fail("Internal", "exec %s of container %.12s: record is corrupt", execId.c_str(), id.c_str());
    try {
        return execFromJson(parsed);
    } catch (const json::exception &e) {
        return fail("Internal", "exec %s: %s", execId.c_str(), e.what());
    }
}

Status saveExec(const StateDir &state, const std::string &id, const ExecRecord &exec)
{
    auto dir = execsDirectory(state, id);
    if (!dir)
        return std::unexpected(dir.error());
    return writeFileAtomically(dir->get(), exec.execId + ".json", toJson(exec).dump(2), false);
}

} // namespace ponton::helper
