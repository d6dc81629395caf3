#pragma once

#include "result.h"
#include "uniquefd.h"

namespace ponton::helper {

// One file descriptor with a one-byte payload over a Unix socket (SCM_RIGHTS).
Status sendFd(int socket, int fd);
Result<UniqueFd> receiveFd(int socket);

} // namespace ponton::helper
