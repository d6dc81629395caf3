#pragma once

// Commit support: a container's upper dir written as an OCI layer tar (overlay whiteouts → .wh.NAME,
// opaque directories → .wh..wh..opq) while the same tree is copied into a pending snapshot, so the
// engine's new layer needs no second unpack.

#include "result.h"
#include "statedir.h"

#include <cstdint>
#include <optional>
#include <string>

namespace ponton::helper {

struct DiffOutcome {
    std::string diffIdHex;
    std::uint64_t size = 0;
};

// clampMtime: modification times at or after it are written as it (SOURCE_DATE_EPOCH, as BuildKit's
// rewrite-timestamp), in the tar and in the pending snapshot alike.
Result<DiffOutcome> writeUpperDiff(const StateDir &state, const std::string &id, int outputFd,
                                   std::optional<std::int64_t> clampMtime = std::nullopt);
// Renames the pending snapshot of the last diff of container id, made for diffIdHex, into place.
Status adoptPendingSnapshot(const StateDir &state, const std::string &id, const std::string &diffIdHex);

} // namespace ponton::helper
