#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

#include <QMetaType>
#include <QStringList>

namespace Ponton::Store {

// What deleting one image removes from the store: the image, then (unless --no-prune) each untagged
// parent nothing else holds, nearest first (Docker's rmi stops at a parent that is tagged, has another
// child or is used by a container), then the image's other platforms only its name held (as Docker's
// containerd store removes a name's platforms with it), and the blobs none of the images left reference.
struct DeletionPlan {
    QList<Digest> images;     // the image first, then its pruned parents, nearest first, then its other platforms
    QList<Image::Platform> otherPlatforms; // the platforms of the last otherPlatforms.size() images
    int blobsFreed = 0;
    qint64 bytesFreed = 0;    // the blobs' sizes in the store: shared ones counted once, others' kept

    QList<Digest> prunedParents() const { return images.mid(1, images.size() - 1 - otherPlatforms.size()); }
    QList<Digest> platformImages() const { return images.last(otherPlatforms.size()); }
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
    bool byTag = false;       // the name asked for is one of the image's tags (else its ID)
    DeletionPlan deletion;    // empty when only untagged or blocked
    DeletionPlan forcedDeletion; // what rmi -f deletes when only stopped containers block a deletion by ID

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
    // checked that no child image holds it. `withPlatforms`: rmi was given a name of the image (a tag, or
    // the ID of an image with a name), its other platforms go with it; an image without a name goes alone.
    Result<DeletionPlan> planDeletion(const Digest &id, bool prune, bool withPlatforms) const;
    // Whether the image has a name of its own: a tag, or the repo digest of an image pulled by digest.
    static bool isNamed(const ImageRecord &image) { return image.isTagged() || !image.repoDigests.isEmpty(); }
    // The images of that deletion among `images`: `id` (none when it is not there), then with `prune`
    // each untagged parent that no other image has as parent and `held` does not name, then the other
    // platforms of `id` (see otherPlatforms).
    static QList<Digest> deletionChain(const QList<ImageRecord> &images, const Digest &id, bool prune,
                                       const std::function<bool(const Digest &id)> &held);
    // The other platforms of the image `chain` starts with that go with it: the images naming the same
    // index that have no tag and no repo digest of their own (one pulled by digest is a name itself), no
    // child image outside `chain` and that `held` does not name, when no image outside `chain` with a tag
    // or a repo digest names that index too.
    static QList<Digest> otherPlatforms(const QList<ImageRecord> &images, const QList<Digest> &chain,
                                        const std::function<bool(const Digest &id)> &held);

private:
    // `id`, then with `prune` its untagged parents as deletionChain takes them.
    static QList<Digest> prunedChain(const QList<ImageRecord> &images, const Digest &id, bool prune,
                                     const std::function<bool(const Digest &id)> &held);

    const ImageStore &m_store;
    ContainerUsage m_usage;
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(Ponton::Store::RemovalPreview)
