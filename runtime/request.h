#pragma once

#include "result.h"
#include "uniquefd.h"

#include <nlohmann/json.hpp>

#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

namespace ponton::helper {

class StateDir;

struct Peer {
    pid_t pid = 0;
    uid_t uid = 0;
    gid_t gid = 0;
};

// One decoded request: its parameters, the file descriptors that came with it (parameters refer to
// them by index) and who sent it.
struct Request {
    std::string method;
    nlohmann::json params;
    std::vector<UniqueFd> fds;
    Peer peer;
    const StateDir *state = nullptr;
    int connection = -1;  // the client's socket: long waits watch it to notice a client that went away

    // The descriptor at params[key] (an index into fds), moved out; error when missing or invalid.
    Result<UniqueFd> takeFd(const char *key);
    // The optional "stdin", "stdout" and "stderr" descriptors, moved out (-1 for each one not passed);
    // `owned` keeps them open as long as the caller keeps the result.
    struct Stdio {
        int fds[3] = {-1, -1, -1};
        std::vector<UniqueFd> owned;
    };
    Result<Stdio> takeStdio();
    // Typed parameter access with a clear InvalidArgument error naming the parameter.
    Result<std::string> string(const char *key) const;
    std::string stringOr(const char *key, const std::string &fallback) const;
    bool boolOr(const char *key, bool fallback) const;
};

struct Reply {
    nlohmann::json result = nlohmann::json::object();
    std::vector<UniqueFd> fds;  // sent with the reply, closed afterwards
};

using Handler = std::function<Result<Reply>(Request &)>;

} // namespace ponton::helper
