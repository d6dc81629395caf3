#pragma once

// Container cgroups on v1, v2 and hybrid hosts. The container's cgroups nest under the helper's own
// (…/<helper's cgroup>/ponton/<id>) in every v1 hierarchy and in the v2 one when mounted. Pause uses
// the v1 freezer when that controller is mounted, else cgroup.freeze of v2.

#include "result.h"
#include "uniquefd.h"

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace ponton::helper {

using CgroupPaths = std::map<std::string, std::string>;  // hierarchy key → directory

// Creates the container's cgroups (with Docker's device rules on a v1 devices hierarchy; every device
// when privileged).
Result<CgroupPaths> createCgroups(const std::string &id, bool privileged);
Status joinCgroups(const CgroupPaths &paths, pid_t pid);

// How a child of the monitor enters the container's cgroups by itself, without the global lock that
// moving another process takes (an RCU grace period: 10-20 ms of every start): it writes "0" to the
// `tasks` file of each v1 hierarchy (itself alone, as a single-threaded process may), and the v2
// directory goes to clone3(CLONE_INTO_CGROUP), so that the child is born in it.
struct CgroupEntry {
    std::vector<UniqueFd> v1Tasks;
    UniqueFd v2Directory;  // invalid without a v2 hierarchy
};
Result<CgroupEntry> openCgroupEntry(const CgroupPaths &paths);
// In that child: "0" to every v1 tasks file.
Status enterCgroups(const CgroupEntry &entry);
// Removes the directories, retrying while the last processes exit.
void removeCgroups(const CgroupPaths &paths);
Status freeze(const CgroupPaths &paths, bool frozen);
bool isFrozen(const CgroupPaths &paths);

} // namespace ponton::helper
