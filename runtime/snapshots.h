#pragma once

// Snapshots: one directory per layer diff_id under <state>/snapshots/<hex>, unpacked into
// .tmp-<hex>-<random> and renamed into place once complete and verified.

#include "result.h"
#include "statedir.h"

#include <cstdint>
#include <string>

namespace ponton::helper {

struct UnpackOutcome {
    bool existed = false;            // the snapshot was already there; nothing was written
    std::uint64_t uncompressedBytes = 0;
};

Result<UnpackOutcome> unpackSnapshot(const StateDir &state, const std::string &hex, int blobFd,
                                     const std::string &mediaType);
bool snapshotExists(const StateDir &state, const std::string &hex);
// True when the snapshot's root carries the overlay opaque marker (it hides the layers below).
bool snapshotRootOpaque(const StateDir &state, const std::string &hex);
// Creates an empty temporary directory under snapshots/; returns its name.
Result<std::string> makeTemporarySnapshot(const StateDir &state, const std::string &hex);
// Makes the temporary durable (syncTree), then renames it into snapshots/<hex>; existed when another
// got there first.
Result<bool> publishSnapshot(const StateDir &state, const std::string &temporary, const std::string &hex);

} // namespace ponton::helper
