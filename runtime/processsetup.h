#pragma once

// The steps every process the helper starts inside a container goes through, from its stdio to
// execve(): the container's init (containerinit.cpp) and processes added by container.exec
// (execprocess.cpp). Failures are written to an error pipe as "<exit code> <message>" and end the
// process with that code (127: command not found, 126: not executable, 125: anything else).

#include "result.h"
#include "userlookup.h"

#include <string>
#include <vector>

namespace ponton::helper {

inline constexpr int kSetupFailed = 125;
inline constexpr int kNotExecutable = 126;
inline constexpr int kNotFound = 127;

[[noreturn]] void dieWith(int errorFd, int code, const std::string &message);

// A new session whose controlling terminal is a PTY opened from the current /dev/ptmx (so from the
// container's own devpts); the master goes to consoleFd, the peer becomes stdio.
Status setUpTerminal(int consoleFd);
// A new session with the given descriptors as stdin, stdout, stderr.
Status setUpStdio(const int stdio[3]);
// Docker's limits, clamped to the host's hard limits (root cannot raise those on every host).
Status setLimits();
// Bounding set reduced to Docker's defaults, groups and IDs switched; root keeps Docker's default set.
// Privileged: the bounding set untouched, root keeps every capability.
Status becomeUser(const ResolvedUser &user, bool privileged);
// env with Docker's defaults added where missing: PATH, HOSTNAME, HOME, TERM (with a TTY).
std::vector<std::string> processEnvironment(std::vector<std::string> env, const ResolvedUser &user,
                                            const std::string &hostname, bool tty);
// Every signal back to its default disposition, none blocked.
void resetSignals();
// Executes args[0] (searched in the environment's PATH when it has no slash); never returns.
[[noreturn]] void executeCommand(const std::vector<std::string> &args, const std::vector<std::string> &env, int errorFd);

} // namespace ponton::helper
