#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

namespace Ponton::Store {

// `system df` and `system prune`: what the images take on disk, and removing what nothing uses.
class StoreUsage
{
public:
    StoreUsage(const ImageStore &store, ContainerUsage usage = {}) : m_store(store), m_usage(std::move(usage)) {}

    Result<DiskUsage> diskUsage() const;
    // Removes dangling images (with `allUnused`, every image no container uses), then unreferenced
    // blobs and ingest files older than an hour.
    Result<PruneResult> prune(bool allUnused) const;

private:
    bool inUse(const Digest &id) const { return m_usage && !m_usage(id).isEmpty(); }
    Result<QList<Digest>> blobsOf(const ImageRecord &image) const;

    const ImageStore &m_store;
    ContainerUsage m_usage;
};

} // namespace Ponton::Store
