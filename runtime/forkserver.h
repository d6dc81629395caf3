#pragma once

// The fork server: a copy of the helper forked at start-up, while it has no other thread, that forks
// the monitors. A helper with threads may only exec after a fork, and exec of the helper binary costs
// tens of milliseconds of dynamic loading (libarchive, libcrypto, ICU) on every container start; a
// fork of this single-threaded copy runs the monitor's code at once. When it is missing (failed to
// start, died), monitors are exec'd as before.

#include <vector>

namespace ponton::helper {

// From main, before any thread exists and before the helper opens anything a monitor must not hold
// (the instance lock, the state directory, the socket). The server ends when the helper does. argv is
// main's: a monitor writes its own command line over it (what ps shows), as far as it fits.
void startForkServer(int argc, char **argv);

// Runs the monitor command args (what follows argv[0]: "--monitor DIR ID" or "--exec-monitor DIR ID
// EXEC", null-terminated) in a detached process with these descriptors (detachMonitorProcess);
// false when there is no fork server.
bool forkThroughServer(char *const args[], int control, int log, const int stdio[3], const std::vector<int> &mounts);

} // namespace ponton::helper
