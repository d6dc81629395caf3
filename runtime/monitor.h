#pragma once

// The monitor: one process per running container (ponton-helper --monitor), started detached in its
// own session so the container outlives the helper and its client. It creates the cgroups, clones
// the container's init into new namespaces, reports the start (and the PTY master) to the helper on
// the control socket (fd 3), keeps the PTY master (TerminalRelay: output.log, and a relay PTY for the
// starting client and each later attach through containers/<id>/attach.sock), and records the exit code
// in state.json when the init process ends.

#include <sys/un.h>

namespace ponton::helper {

inline constexpr int kMonitorControlFd = 3;
inline constexpr int kMonitorStdioFd = 4;  // 4, 5, 6: stdin, stdout, stderr for a container without TTY
inline constexpr int kMonitorMountFd = 7;  // 7…: the sources of the config's bind mounts, in order

int runMonitor(const char *stateDir, const char *id);

// The address of <container dir>/attach.sock through /proc/self/fd (short whatever the state dir's length).
sockaddr_un attachAddress(int containerDirFd);

} // namespace ponton::helper
