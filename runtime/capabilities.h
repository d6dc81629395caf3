#pragma once

#include "result.h"

namespace ponton::helper {

// Drops every capability outside Docker's default set from the bounding set.
Status dropBoundingCapabilities();
// Sets effective, permitted and inheritable to Docker's default set (for a root user; a non-root
// user keeps none, as with Docker).
Status applyDefaultCapabilities();

} // namespace ponton::helper
