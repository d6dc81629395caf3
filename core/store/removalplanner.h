#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

#include <QMetaType>
#include <QStringList>

namespace Ponton::Store {

// What deleting one image removes from the store: the image, then (unless --no-prune) each untagged
// parent nothing else holds, nearest first (Docker's rmi stops at a parent that is tagged, has another
// child or is used by a container), and the blobs none of the images left reference.
struct DeletionPlan {
    QList<Digest> images;     // the image first, then its pruned parents, nearest first
    int blobsFreed = 0;
    qint64 bytesFreed = 0;    // the blobs' sizes in the store: shared ones counted once, others' kept

    QList<Digest> prunedParents() const { return images.mid(1); }
};

// What `rmi NAME` would do, told before it is done: whether it only untags (other tags remain), which
// child images and containers hold the image (rmi refuses then), and else the deletion it makes.
struct RemovalPreview {
    QString subject;          // the name asked for
    Digest id;
    QStringList otherTags;    // tags that stay on the image
    QStringList children;     // child images: a tag, or a short ID
    QList<ContainerUse> containers;
    bool untagOnly = false;
    DeletionPlan deletion;    // empty when only untagged or blocked

    bool isBlocked() const { return !untagOnly && (!children.isEmpty() || !containers.isEmpty()); }
};

// Plans removals from the store as it is now; ImageRemover executes the same plans, so what the
// preview tells is what rmi does.
class RemovalPlanner
{
public:
    RemovalPlanner(const ImageStore &store, ContainerUsage usage = {}) : m_store(store), m_usage(std::move(usage)) {}

    // `prune` false: `rmi --no-prune`, the untagged parents stay.
    Result<RemovalPreview> preview(const QString &name, bool prune = true) const;
    // The deletion of the image `id` whatever its own tags (rmi has dealt with them): the caller has
    // checked that no child image holds it.
    Result<DeletionPlan> planDeletion(const Digest &id, bool prune) const;
    // The images of that deletion among `images`: `id` (none when it is not there), then with `prune`
    // each untagged parent that no other image has as parent and `held` does not name.
    static QList<Digest> deletionChain(const QList<ImageRecord> &images, const Digest &id, bool prune,
                                       const std::function<bool(const Digest &id)> &held);

private:
    const ImageStore &m_store;
    ContainerUsage m_usage;
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(Ponton::Store::RemovalPreview)
