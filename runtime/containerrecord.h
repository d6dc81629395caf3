#pragma once

// A container's record on disk: containers/<id>/config.json (what to run, written once at create)
// and containers/<id>/state.json (where it is in its life, written by the helper and its monitor).

#include "result.h"
#include "statedir.h"

#include <nlohmann/json.hpp>

#include <sys/types.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ponton::helper {

struct BindMount {
    std::string source;       // informational: what the client opened
    std::string destination;  // inside the container
    bool readOnly = false;
};

struct ContainerConfig {
    std::string id;
    std::string name;
    std::vector<std::string> snapshots;  // diff_id hex, bottom layer first (as rootfs.diff_ids)
    std::vector<std::string> args;
    std::vector<std::string> env;
    std::string cwd = "/";
    std::string user;                    // "", "name", "uid", "name:group", "uid:gid"
    std::string hostname;
    bool tty = false;
    bool networkNone = false;
    bool privileged = false;             // every capability, devices, /sys writable, nothing masked
    std::vector<BindMount> mounts;
    std::int64_t created = 0;            // unix seconds
};

struct ContainerState {
    std::string status = "created";      // created, running, exited (paused is derived)
    pid_t pid = 0;                       // container init, host PID namespace
    std::uint64_t pidStart = 0;          // its start time (clock ticks), against PID reuse
    pid_t monitorPid = 0;
    std::uint64_t monitorStart = 0;
    int exitCode = 0;
    std::string error;
    std::int64_t startedAt = 0;
    std::int64_t finishedAt = 0;
    std::uint64_t generation = 0;        // bumped at every start and unpause (commit consistency)
    std::map<std::string, std::string> cgroups;  // "freezer" / "unified" / controller → host path
};

nlohmann::json toJson(const ContainerConfig &config);
nlohmann::json toJson(const ContainerState &state);
Result<ContainerConfig> configFromJson(const nlohmann::json &json);
ContainerState stateFromJson(const nlohmann::json &json);

Result<ContainerConfig> loadConfig(const StateDir &state, const std::string &id);
Result<ContainerState> loadState(const StateDir &state, const std::string &id);
Status saveConfig(const StateDir &state, const ContainerConfig &config);
Status saveState(const StateDir &state, const std::string &id, const ContainerState &containerState);

// Start time of a process from /proc/<pid>/stat, 0 when it does not exist.
std::uint64_t processStartTime(pid_t pid);
bool processAlive(pid_t pid, std::uint64_t startTime);

} // namespace ponton::helper
