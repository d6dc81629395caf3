#pragma once

// The container's first process, from clone() to execve(): rootfs, hostname, terminal, user,
// limits, capabilities, environment, working directory, command. Any failure is written to the
// error pipe as "<exit code> <message>" and ends the process with that code (127: command not
// found, 126: not executable, 125: anything else).

#include "cgroups.h"
#include "containerrecord.h"
#include "rootfs.h"

namespace ponton::helper {

struct InitPlan {
    RootfsPlan rootfs;
    const ContainerConfig *config = nullptr;
    int goFd = -1;       // read end: the monitor writes one byte once the process is in its cgroups
    int errorFd = -1;    // write end, close-on-exec: stays silent when execve succeeds
    int consoleFd = -1;  // socket to the monitor for the PTY master; -1 without a TTY
    int stdio[3] = {-1, -1, -1};
    const CgroupEntry *cgroups = nullptr;  // the process enters its v1 cgroups itself, first of all
};

[[noreturn]] void runContainerInit(const InitPlan &plan);

} // namespace ponton::helper
