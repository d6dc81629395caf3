#pragma once

#include "result.h"

namespace ponton::helper {

// Drops every capability outside Docker's default set from the bounding set.
Status dropBoundingCapabilities();
// Sets effective, permitted and inheritable to Docker's default set (for a root user; a non-root
// user keeps none, as with Docker).
Status applyDefaultCapabilities();
// Effective and inheritable raised to every capability the process is permitted (--privileged, root).
Status applyAllCapabilities();

} // namespace ponton::helper
