#pragma once

// How a monitor answers a request to stop it (SIGTERM or SIGINT: `kill MONITOR`, a service manager
// stopping everything). Like conmon, it forwards the signal to the process it supervises and goes on
// supervising it, so that the exit is recorded; and like `docker stop`, it sends SIGKILL if that
// process is still there kStopGraceSeconds later (a container's init ignores the signals it has no
// handler for). SIGCHLD comes through the same descriptor.

#include "uniquefd.h"

#include <sys/types.h>

#include <ctime>

namespace ponton::helper {

class StopSignals
{
public:
    static constexpr int kStopGraceSeconds = 10;

    // Sets the signal mask to SIGCHLD, SIGTERM and SIGINT (whatever was inherited from the helper)
    // and opens the signalfd that reads them.
    StopSignals();
    int fd() const { return m_fd.get(); }
    // Reads what is pending on fd(): a stop signal is forwarded to pid and starts the grace period.
    void handle(pid_t pid);
    // SIGKILL to pid once the grace period of a forwarded stop signal is over.
    void enforce(pid_t pid);

private:
    UniqueFd m_fd;
    std::time_t m_killAt = 0;  // 0: no stop asked
};

} // namespace ponton::helper
