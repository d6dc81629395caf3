#pragma once

// A process added to a running container by container.exec: containers/<id>/execs/<exec id>.json,
// written by the helper (what to run) and by the exec's monitor (its pid, then its exit code).

#include "result.h"
#include "statedir.h"

#include <nlohmann/json.hpp>

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace ponton::helper {

struct ExecRecord {
    std::string execId;              // 64 lower-case hex
    std::vector<std::string> args;
    std::vector<std::string> env;    // the container's environment with the exec's variables over it
    std::string cwd;
    std::string user;
    bool tty = false;
    bool privileged = false;         // every capability (as the exec of a privileged container)
    std::string status = "created";  // created, running, exited
    pid_t pid = 0;                   // host PID namespace
    pid_t monitorPid = 0;
    std::uint64_t monitorStart = 0;
    int exitCode = 0;
    std::string error;               // why it could not start
};

nlohmann::json toJson(const ExecRecord &exec);
ExecRecord execFromJson(const nlohmann::json &json);

Result<ExecRecord> loadExec(const StateDir &state, const std::string &id, const std::string &execId);
Status saveExec(const StateDir &state, const std::string &id, const ExecRecord &exec);

} // namespace ponton::helper
