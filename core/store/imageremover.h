#pragma once

#include "store/imagereports.h"
#include "store/imagestore.h"

namespace Ponton::Store {

// `rmi` with Docker's rules: a tag is untagged; the image is deleted with its last tag, unless child
// images or containers hold it; removing by ID untags every tag (refused without force when the tags
// span several repositories); an image with child images is never deleted; untagged parents left
// without children are deleted too (unless `prune` is off). Blobs nothing references any more are
// collected at the end.
class ImageRemover
{
public:
    ImageRemover(const ImageStore &store, ContainerUsage usage = {}) : m_store(store), m_usage(std::move(usage)) {}

    RemovalResult remove(const QStringList &names, bool force, bool prune = true) const;

private:
    Status removeOne(const QString &name, bool force, bool prune, QList<RemovalLine> &lines) const;
    // `name`: the reference as the user typed it, for Docker's conflict message.
    Status removeByTag(const ImageRecord &image, const Reference &tag, const QString &name, bool force, bool prune,
                       QList<RemovalLine> &lines) const;
    Status removeById(const ImageRecord &image, const QString &name, bool force, bool prune, QList<RemovalLine> &lines) const;
    // Untags what is left, then deletes what RemovalPlanner::planDeletion plans: the image, then its
    // untagged parents, then (`withPlatforms`: rmi named the image) its other platforms no other name holds.
    Status deleteImage(const ImageRecord &image, bool prune, bool withPlatforms, QList<RemovalLine> &lines) const;
    QList<ContainerUse> users(const Digest &id) const { return m_usage ? m_usage(id) : QList<ContainerUse>(); }

    const ImageStore &m_store;
    ContainerUsage m_usage;
};

} // namespace Ponton::Store
