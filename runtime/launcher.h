#pragma once

// Starts a container's monitor (ponton-helper --monitor) detached from the helper: fork, setsid,
// fork again, exec; then waits for the monitor's report on the control socket.

#include "result.h"
#include "statedir.h"
#include "uniquefd.h"

#include <sys/types.h>

#include <string>
#include <vector>

namespace ponton::helper {

struct LaunchReport {
    pid_t pid = 0;      // the container's init, host PID namespace
    UniqueFd master;    // the PTY master, for a container with a TTY
};

// stdio: fds for the container's stdin, stdout, stderr (no TTY); -1 for each missing one
// (stdin then reads /dev/null, output goes to containers/<id>/output.log).
// mounts: the sources of the config's bind mounts, in order (fds the client opened).
Result<LaunchReport> launchContainer(const StateDir &state, const std::string &id, const int stdio[3],
                                     const std::vector<int> &mounts);

struct ExecLaunch {
    pid_t pid = 0;      // 0 when the command could not start
    UniqueFd master;    // the PTY master, for an exec with a TTY
    int exitCode = 0;   // 126 or 127 when it could not start
    std::string error;  // why
};

// Starts the exec monitor (ponton-helper --exec-monitor) of containers/<id>/execs/<execId>.json.
// stdio as for launchContainer, except that missing output goes to /dev/null. An error is about the
// container (Conflict: not running); a command that cannot start is a report with its exit code.
Result<ExecLaunch> launchExec(const StateDir &state, const std::string &id, const std::string &execId,
                              const int stdio[3]);

} // namespace ponton::helper
