#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

#include <functional>

namespace Ponton::Store {

// `system check`: the store is an OCI image layout whose every blob matches its digest and whose every
// index entry reaches a complete, consistent image (manifest, config, layers present with the sizes
// their descriptors give, as many diff_ids as layers, parents present). Leftovers of interrupted work
// (ingest files, temporary index files) are notes, not problems: a crash may leave them, and they never
// make the store inconsistent.
class StoreChecker
{
public:
    explicit StoreChecker(const ImageStore &store) : m_store(store) {}

    // `canceled` is polled between blobs.
    CheckReport check(const std::function<bool()> &canceled = {}) const;

private:
    void checkLayout(CheckReport &report) const;
    void checkEntry(const Image::Descriptor &entry, CheckReport &report) const;
    void checkBlobs(CheckReport &report, const std::function<bool()> &canceled) const;
    void checkLeftovers(CheckReport &report) const;

    const ImageStore &m_store;
};

} // namespace Ponton::Store
