#pragma once

// Starts a container's monitor (ponton-helper --monitor) detached from the helper: fork, setsid,
// fork again, then the monitor's code (through the fork server, or exec of the helper when it has
// none); then waits for the monitor's report on the control socket.

#include "result.h"
#include "statedir.h"
#include "uniquefd.h"

#include <sys/types.h>

#include <cstddef>
#include <string>
#include <vector>

namespace ponton::helper {

inline constexpr std::size_t kMaxMounts = 8;  // a request carries at most 16 fds, three of them stdio

// In a freshly forked child: starts a session, forks again (the child exits) and, in the grandchild
// (the only one that returns), places the monitor's descriptors: the log on 2, control on 3, stdio on
// 4-6, the bind mount sources from 7, /dev/null on 0 and 1; every other one is closed. Only
// async-signal-safe calls.
void detachMonitorProcess(int control, const int stdio[3], const int *mounts, std::size_t mountCount, int log);

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
