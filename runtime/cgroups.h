#pragma once

// Container cgroups on v1, v2 and hybrid hosts. The container's cgroups nest under the helper's own
// (…/<helper's cgroup>/ponton/<id>) in every v1 hierarchy and in the v2 one when mounted. Pause uses
// the v1 freezer when that controller is mounted, else cgroup.freeze of v2.

#include "result.h"

#include <sys/types.h>

#include <map>
#include <string>

namespace ponton::helper {

using CgroupPaths = std::map<std::string, std::string>;  // hierarchy key → directory

// Creates the container's cgroups (with Docker's device rules on a v1 devices hierarchy).
Result<CgroupPaths> createCgroups(const std::string &id);
Status joinCgroups(const CgroupPaths &paths, pid_t pid);
// Removes the directories, retrying while the last processes exit.
void removeCgroups(const CgroupPaths &paths);
Status freeze(const CgroupPaths &paths, bool frozen);
bool isFrozen(const CgroupPaths &paths);

} // namespace ponton::helper
