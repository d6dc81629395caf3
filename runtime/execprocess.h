#pragma once

// A process added to a running container (container.exec), from fork() to execve(): it joins the
// container's IPC, UTS, network and mount namespaces (the exec monitor already joined its PID
// namespace for its children), chroots into the container's root, gets its stdio or a PTY of the
// container's own devpts, resolves its user in the container's /etc/passwd and /etc/group, drops to
// Docker's default capabilities and executes the command. Failures go to the error pipe as
// "<exit code> <message>" (processsetup.h).

#include "execrecord.h"

namespace ponton::helper {

enum ExecNamespace { kExecIpc, kExecUts, kExecNet, kExecMnt, kExecNamespaceCount };

struct ExecPlan {
    const ExecRecord *exec = nullptr;
    std::string hostname;
    int namespaces[kExecNamespaceCount] = {-1, -1, -1, -1};  // /proc/<init>/ns/{ipc,uts,net,mnt}
    int rootFd = -1;     // /proc/<init>/root
    int goFd = -1;       // read end: one byte once the process is in the container's cgroups
    int errorFd = -1;
    int consoleFd = -1;  // socket for the PTY master; -1 without a TTY
    int stdio[3] = {-1, -1, -1};
};

[[noreturn]] void runExecProcess(const ExecPlan &plan);

} // namespace ponton::helper
