#include "store/imageremover.h"

#include "common/tr.h"
#include "store/removalplanner.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {

std::optional<Reference> tagNamed(const ImageRecord &image, const QString &name)
{
    Result<Reference> reference = Reference::parse(name);
    if (!reference || reference->hasDigest())
        return std::nullopt;
    const Reference tag = reference->withDefaultTag();
    if (!image.tags.contains(tag))
        return std::nullopt;
    return tag;
}

QString familiarRepoDigest(const QString &text)
{
    Result<Reference> reference = Reference::parse(text);
    return reference ? reference->familiarString() : text;
}

} // namespace

RemovalResult ImageRemover::remove(const QStringList &names, bool force, bool prune) const
{
    RemovalResult result;
    for (const QString &name : names) {
        if (Status removed = removeOne(name, force, prune, result.lines); !removed)
            result.errors.append(removed.error());
    }
    (void)m_store.collectGarbage(std::numeric_limits<qint32>::max());
    return result;
}

Status ImageRemover::removeOne(const QString &name, bool force, bool prune, QList<RemovalLine> &lines) const
{
    Result<ImageRecord> image = m_store.resolve(name);
    if (!image)
        return std::unexpected(image.error());
    if (std::optional<Reference> tag = tagNamed(*image, name))
        return removeByTag(*image, *tag, name, force, prune, lines);
    return removeById(*image, name, force, prune, lines);
}

Status ImageRemover::removeByTag(const ImageRecord &image, const Reference &tag, const QString &name, bool force,
                                 bool prune, QList<RemovalLine> &lines) const
{
    const QList<ContainerUse> containers = users(image.id);
    const bool lastTag = image.tags.size() == 1;
    if (lastTag && !containers.isEmpty() && !force)
        return fail(ErrorCode::Conflict,
                    Tr::tr("conflict: unable to remove repository reference \"%1\" (must force) - container %2 is using its referenced image %3")
                        .arg(name, containers.first().id.left(12), image.id.shortId()));
    if (Status untagged = m_store.untag(tag); !untagged)
        return untagged;
    lines.append({RemovalLine::Kind::Untagged, tag.familiarString()});
    if (!lastTag)
        return {};
    for (const QString &repoDigest : image.repoDigests)
        lines.append({RemovalLine::Kind::Untagged, familiarRepoDigest(repoDigest)});
    Result<QList<ImageRecord>> children = m_store.children(image.id);
    if (!containers.isEmpty() || !children || !children->isEmpty())
        return {}; // kept, untagged: containers or child images still need it
    ImageRecord rest = image;
    rest.tags.clear();
    rest.repoDigests.clear();
    return deleteImage(rest, prune, true, lines);
}

Status ImageRemover::removeById(const ImageRecord &image, const QString &name, bool force, bool prune,
                                QList<RemovalLine> &lines) const
{
    Result<QList<ImageRecord>> children = m_store.children(image.id);
    if (!children)
        return std::unexpected(children.error());
    if (!children->isEmpty())
        return fail(ErrorCode::Conflict, Tr::tr("conflict: unable to delete %1 (cannot be forced) - image has dependent child images").arg(name));
    for (const ContainerUse &container : users(image.id)) {
        if (container.running)
            return fail(ErrorCode::Conflict, Tr::tr("conflict: unable to delete %1 (cannot be forced) - image is being used by running container %2")
                                                 .arg(name, container.id.left(12)));
        if (!force)
            return fail(ErrorCode::Conflict, Tr::tr("conflict: unable to delete %1 (must be forced) - image is being used by stopped container %2")
                                                 .arg(name, container.id.left(12)));
    }
    QSet<QString> repositories;
    for (const Reference &tag : image.tags)
        repositories.insert(tag.repository());
    if (repositories.size() > 1 && !force)
        return fail(ErrorCode::Conflict, Tr::tr("conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories").arg(name));
    return deleteImage(image, prune, RemovalPlanner::isNamed(image), lines);
}

Status ImageRemover::deleteImage(const ImageRecord &image, bool prune, bool withPlatforms, QList<RemovalLine> &lines) const
{
    Result<DeletionPlan> plan = RemovalPlanner(m_store, m_usage).planDeletion(image.id, prune, withPlatforms);
    if (!plan)
        return std::unexpected(plan.error());
    // The plan again under the index's lock, in one change of index.json: a parent tagged or given
    // another child since stops it there, another platform tagged since keeps them all; it never goes
    // beyond what was planned (containers were asked about those).
    Result<QList<Digest>> deleted = m_store.removeImages([&](const QList<ImageRecord> &images) {
        return RemovalPlanner::deletionChain(images, image.id, prune, [&](const Digest &id) { return !plan->images.contains(id); });
    });
    if (!deleted)
        return std::unexpected(deleted.error());
    if (deleted->isEmpty())
        return fail(ErrorCode::NotFound, Tr::tr("No such image: %1").arg(image.id.toString()));
    for (const Reference &tag : image.tags)
        lines.append({RemovalLine::Kind::Untagged, tag.familiarString()});
    for (const QString &repoDigest : image.repoDigests)
        lines.append({RemovalLine::Kind::Untagged, familiarRepoDigest(repoDigest)});
    for (const Digest &id : std::as_const(*deleted))
        lines.append({RemovalLine::Kind::Deleted, id.toString()});
    return {};
}

} // namespace Ponton::Store
