#pragma once

// The container's root file system, set up from inside its new mount namespace: an overlay of the
// snapshots plus the upper dir, /proc, /sys, a minimal /dev, the generated /etc files and bind
// mounts, then pivot_root and runc's masked and read-only paths (none of those when privileged). Every target inside the rootfs is
// resolved with openat2(RESOLVE_IN_ROOT) from the rootfs fd and mounted through /proc/self/fd.

#include "result.h"

#include <string>
#include <vector>

namespace ponton::helper {

struct BindSource {
    std::string source;       // relative to the state directory, opened inside the new mount namespace
    std::string destination;  // inside the container
    bool readOnly;
    bool file;                // bind a file (else a directory)
};

// A bind mount of something the client opened: a detached mount tree (open_tree) made by the
// monitor in the host's mount namespace, attached here with move_mount.
struct TreeMount {
    int treeFd;
    std::string destination;
    bool file;
};

struct RootfsPlan {
    std::string stateDir;             // absolute; lower and upper paths are relative to it
    std::string rootfs;               // relative: containers/<id>/rootfs
    std::vector<std::string> lowers;  // relative, top first
    std::string upper;
    std::string work;
    std::vector<BindSource> binds;
    std::vector<TreeMount> trees;
    bool privileged = false;          // the host's devices, /sys writable, no masked or read-only paths
};

Status prepareRootfs(const RootfsPlan &plan);

} // namespace ponton::helper
