#pragma once

// The monitor: one process per running container (ponton-helper --monitor), started detached in its
// own session so the container outlives the helper and its client. It creates the cgroups, clones
// the container's init into new namespaces, reports the start (and the PTY master) to the helper on
// the control socket (fd 3), keeps the PTY master for later attaches (containers/<id>/attach.sock),
// and records the exit code in state.json when the init process ends.

namespace ponton::helper {

inline constexpr int kMonitorControlFd = 3;
inline constexpr int kMonitorStdioFd = 4;  // 4, 5, 6: stdin, stdout, stderr for a container without TTY

int runMonitor(const char *stateDir, const char *id);

} // namespace ponton::helper
