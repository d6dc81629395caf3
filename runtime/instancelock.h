#pragma once

// One helper per state directory: an exclusive flock on DIR/helper.lock, held for the helper's whole
// life (the kernel drops it when the process ends, even after a crash). Two helpers started at once
// for the same directory (two clients racing) end with one serving and the other leaving quietly.

#include "result.h"
#include "uniquefd.h"

#include <string>

namespace ponton::helper {

struct InstanceLock {
    UniqueFd fd;              // holds the lock; invalid when another helper serves
    bool anotherServes = false;
};

// Takes the lock of stateDir. While another process holds it: if socketPath already answers, that
// helper serves (anotherServes); otherwise it is starting or leaving, so keep trying for up to
// timeoutMs. An error names the holder's pid when the lock stays taken.
Result<InstanceLock> acquireInstanceLock(const std::string &stateDir, const std::string &socketPath, int timeoutMs);

// True when a helper accepts connections on socketPath.
bool socketAnswers(const std::string &socketPath);

} // namespace ponton::helper
