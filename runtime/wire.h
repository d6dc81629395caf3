#pragma once

// Framing of the helper protocol (PROTOCOL.md): one message per SOCK_SEQPACKET record, a 4-byte
// big-endian length followed by that many bytes of UTF-8 JSON; file descriptors ride along as
// SCM_RIGHTS ancillary data of the same record.

#include "result.h"
#include "uniquefd.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <vector>

namespace ponton::helper {

inline constexpr std::size_t kMaxMessageBytes = 128 * 1024;  // JSON body, without the length prefix
inline constexpr std::size_t kMaxMessageFds = 16;

struct Message {
    nlohmann::json body;
    std::vector<UniqueFd> fds;
};

// Result of one receive: a message, the peer's orderly close (closed = true), or an error about this
// record only (oversized, truncated, malformed): the connection stays usable after such an error.
struct Received {
    bool closed = false;
    Message message;
};

Result<Received> receiveMessage(int socket);
Status sendMessage(int socket, const nlohmann::json &body, const std::vector<int> &fds = {});

} // namespace ponton::helper
