#include "store/removalplanner.h"

#include <QSet>

namespace Ponton::Store {

namespace {

QSet<Digest> blobsOf(const ImageRecord &image)
{
    QSet<Digest> blobs(image.layers.cbegin(), image.layers.cend());
    blobs.insert(image.id);
    blobs.insert(image.manifest.digest);
    return blobs;
}

} // namespace

Result<RemovalPreview> RemovalPlanner::preview(const QString &name) const
{
    Result<ImageRecord> image = m_store.resolve(name);
    if (!image)
        return std::unexpected(image.error());
    RemovalPreview preview;
    preview.subject = name;
    preview.id = image->id;
    const Result<Reference> asReference = Reference::parse(name);
    for (const Reference &tag : image->tags) {
        if (!asReference || tag.toString() != asReference->withDefaultTag().toString())
            preview.otherTags.append(tag.familiarString());
    }
    const bool byTag = asReference && preview.otherTags.size() < image->tags.size();
    preview.untagOnly = byTag && !preview.otherTags.isEmpty();
    Result<QList<ImageRecord>> children = m_store.children(image->id);
    if (!children)
        return std::unexpected(children.error());
    for (const ImageRecord &child : *children)
        preview.children.append(child.tags.isEmpty() ? child.id.shortId() : child.tags.constFirst().familiarString());
    if (m_usage)
        preview.containers = m_usage(image->id);
    if (preview.untagOnly || preview.isBlocked())
        return preview;
    Result<QList<ImageRecord>> images = m_store.images();
    if (!images)
        return std::unexpected(images.error());
    QSet<Digest> shared;
    for (const ImageRecord &other : *images) {
        if (other.id != image->id)
            shared.unite(blobsOf(other));
    }
    for (const Digest &blob : blobsOf(*image)) {
        if (shared.contains(blob))
            continue;
        if (Result<qint64> size = m_store.content().size(blob)) {
            ++preview.blobsFreed;
            preview.bytesFreed += *size;
        }
    }
    return preview;
}

} // namespace Ponton::Store
