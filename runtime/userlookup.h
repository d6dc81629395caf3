#pragma once

// Resolves a Docker user specification ("", "name", "uid", "name:group", "uid:gid") against the
// container's /etc/passwd and /etc/group (read after pivot_root, so they are the container's).

#include "result.h"

#include <sys/types.h>

#include <string>
#include <vector>

namespace ponton::helper {

struct ResolvedUser {
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;  // supplementary groups from /etc/group
    std::string home = "/";
};

Result<ResolvedUser> resolveUser(const std::string &spec, const std::string &passwd, const std::string &group);

} // namespace ponton::helper
