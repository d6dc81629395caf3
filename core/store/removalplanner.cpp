#include "store/removalplanner.h"

#include <QSet>

#include <algorithm>

namespace Ponton::Store {

namespace {

// The blobs an image keeps in the store, as collectGarbage reaches them from its index entry.
void addBlobsOf(const ImageRecord &image, QSet<Digest> &blobs)
{
    blobs.insert(image.manifest.digest);
    blobs.insert(image.id);
    for (const Digest &layer : image.layers)
        blobs.insert(layer);
    if (image.index.isValid())
        blobs.insert(image.index);
}

// An image ID may have several entries (one per manifest): the first one, or nullptr when none.
const ImageRecord *recordOf(const QList<ImageRecord> &images, const Digest &id)
{
    for (const ImageRecord &image : images) {
        if (image.id == id)
            return &image;
    }
    return nullptr;
}

bool isTagged(const QList<ImageRecord> &images, const Digest &id)
{
    return std::ranges::any_of(images, [&id](const ImageRecord &image) { return image.id == id && image.isTagged(); });
}

bool hasChildOutside(const QList<ImageRecord> &images, const Digest &id, const QList<Digest> &deleted)
{
    return std::ranges::any_of(images, [&](const ImageRecord &image) { return image.parent == id && !deleted.contains(image.id); });
}

} // namespace

Result<RemovalPreview> RemovalPlanner::preview(const QString &name, bool prune) const
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
    preview.byTag = byTag;
    Result<QList<ImageRecord>> children = m_store.children(image->id);
    if (!children)
        return std::unexpected(children.error());
    for (const ImageRecord &child : *children)
        preview.children.append(child.tags.isEmpty() ? child.id.shortId() : child.tags.constFirst().familiarString());
    if (m_usage)
        preview.containers = m_usage(image->id);
    const bool anyRunning = std::any_of(preview.containers.cbegin(), preview.containers.cend(),
                                        [](const ContainerUse &use) { return use.running; });
    if (preview.isBlocked() && preview.children.isEmpty() && !byTag && !anyRunning) {
        // rmi -f deletes it all the same (ImageRemover::removeById), by the same plan.
        Result<DeletionPlan> forced = planDeletion(image->id, prune, isNamed(*image));
        if (!forced)
            return std::unexpected(forced.error());
        preview.forcedDeletion = *forced;
    }
    if (preview.untagOnly || preview.isBlocked())
        return preview;
    Result<DeletionPlan> deletion = planDeletion(image->id, prune, isNamed(*image));
    if (!deletion)
        return std::unexpected(deletion.error());
    preview.deletion = *deletion;
    return preview;
}

Result<DeletionPlan> RemovalPlanner::planDeletion(const Digest &id, bool prune, bool withPlatforms) const
{
    Result<QList<ImageRecord>> images = m_store.images();
    if (!images)
        return std::unexpected(images.error());
    DeletionPlan plan;
    const auto used = [this](const Digest &image) { return m_usage && !m_usage(image).isEmpty(); };
    plan.images = prunedChain(*images, id, prune, used);
    const QList<Digest> platforms = withPlatforms ? otherPlatforms(*images, plan.images, used) : QList<Digest>();
    for (const Digest &platform : platforms)
        plan.otherPlatforms.append(recordOf(*images, platform)->platform);
    plan.images += platforms;
    QSet<Digest> deleted;
    QSet<Digest> kept;
    for (const ImageRecord &image : std::as_const(*images))
        addBlobsOf(image, plan.images.contains(image.id) ? deleted : kept);
    for (const Digest &blob : std::as_const(deleted)) {
        if (kept.contains(blob))
            continue;
        if (Result<qint64> size = m_store.content().size(blob)) {
            ++plan.blobsFreed;
            plan.bytesFreed += *size;
        }
    }
    return plan;
}

QList<Digest> RemovalPlanner::deletionChain(const QList<ImageRecord> &images, const Digest &id, bool prune,
                                            const std::function<bool(const Digest &id)> &held)
{
    const QList<Digest> chain = prunedChain(images, id, prune, held);
    return chain + otherPlatforms(images, chain, held);
}

QList<Digest> RemovalPlanner::prunedChain(const QList<ImageRecord> &images, const Digest &id, bool prune,
                                          const std::function<bool(const Digest &id)> &held)
{
    const ImageRecord *image = recordOf(images, id);
    if (!image)
        return {};
    QList<Digest> chain{id};
    while (prune && image->parent.isValid()) {
        const Digest parent = image->parent;
        image = recordOf(images, parent);
        if (!image || chain.contains(parent) || isTagged(images, parent) || hasChildOutside(images, parent, chain) || held(parent))
            break;
        chain.append(parent);
    }
    return chain;
}

QList<Digest> RemovalPlanner::otherPlatforms(const QList<ImageRecord> &images, const QList<Digest> &chain,
                                             const std::function<bool(const Digest &id)> &held)
{
    const ImageRecord *image = chain.isEmpty() ? nullptr : recordOf(images, chain.constFirst());
    if (!image || !image->index.isValid())
        return {};
    const Digest index = image->index;
    QList<Digest> platforms;
    for (const ImageRecord &other : images) {
        if (other.index != index || chain.contains(other.id))
            continue;
        if (isNamed(other))
            return {}; // another name holds the index: its platforms stay with it
        if (!platforms.contains(other.id) && !hasChildOutside(images, other.id, chain) && !held(other.id))
            platforms.append(other.id);
    }
    return platforms;
}

} // namespace Ponton::Store
