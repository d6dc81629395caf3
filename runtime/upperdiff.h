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

struct DiffOptions {
    // Modification times at or after it are written as it (SOURCE_DATE_EPOCH, as BuildKit's
    // rewrite-timestamp), in the tar and in the pending snapshot alike.
    std::optional<std::int64_t> clampMtime;
    // The upper dir of a running container, not frozen (commit --pause=false): entries that vanish while
    // it is read are left out, a file that shrinks is padded with zeros to the size it had when its header
    // was written, one that grows is cut there. What a process was writing may be caught half written.
    bool live = false;
};

Result<DiffOutcome> writeUpperDiff(const StateDir &state, const std::string &id, int outputFd, const DiffOptions &options = {});
// Renames the pending snapshot of the last diff of container id, made for diffIdHex, into place.
Status adoptPendingSnapshot(const StateDir &state, const std::string &id, const std::string &diffIdHex);

} // namespace ponton::helper
