#include "store/storeusage.h"

#include "store/imageremover.h"
#include "store/platformowners.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

Result<QList<Digest>> StoreUsage::blobsOf(const ImageRecord &image) const
{
    QList<Digest> blobs{image.manifest.digest, image.id};
    blobs.append(image.layers);
    return blobs;
}

Result<DiskUsage> StoreUsage::diskUsage() const
{
    Result<QList<ImageRecord>> records = m_store.images();
    if (!records)
        return std::unexpected(records.error());
    DiskUsage usage;
    QSet<Digest> all;
    QSet<Digest> active;
    for (const ImageRecord &record : *records) {
        const bool used = inUse(record.id);
        ++usage.images;
        usage.activeImages += used ? 1 : 0;
        Result<QList<Digest>> blobs = blobsOf(record);
        for (const Digest &blob : blobs.value_or(QList<Digest>())) {
            all.insert(blob);
            if (used)
                active.insert(blob);
        }
    }
    for (const Digest &blob : std::as_const(all)) {
        const qint64 size = m_store.content().size(blob).value_or(0);
        usage.imagesSize += size;
        if (!active.contains(blob))
            usage.reclaimable += size;
    }
    return usage;
}

Result<PruneResult> StoreUsage::prune(bool allUnused) const
{
    PruneResult result;
    const ImageRemover remover(m_store, m_usage);
    for (bool removedSome = true; removedSome;) {
        removedSome = false;
        Result<QList<ImageRecord>> records = m_store.images();
        if (!records)
            return std::unexpected(records.error());
        QSet<Digest> parents;
        for (const ImageRecord &record : *records)
            parents.insert(record.parent);
        // Dangling, as Docker means it: untagged, without a repo digest (a pull by digest keeps its
        // image), and here also not another platform of a tagged image.
        const PlatformOwners owners(m_store, *records);
        for (const ImageRecord &record : *records) {
            const bool dangling = !record.isTagged() && record.repoDigests.isEmpty() && !owners.ownerOf(record);
            const bool candidate = allUnused || dangling;
            if (!candidate || parents.contains(record.id) || inUse(record.id))
                continue;
            const RemovalResult removal = remover.remove({record.id.toString()}, true);
            for (const RemovalLine &line : removal.lines) {
                if (line.kind == RemovalLine::Kind::Deleted) {
                    result.deletedImages.append(line.subject);
                    removedSome = true;
                }
            }
        }
    }
    Result<ImageStore::GarbageReport> garbage = m_store.collectGarbage(3600);
    if (!garbage)
        return std::unexpected(garbage.error());
    result.blobsRemoved = garbage->blobsRemoved;
    result.bytesFreed = garbage->bytesFreed;
    return result;
}

} // namespace Ponton::Store
