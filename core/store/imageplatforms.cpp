#include "store/imageplatforms.h"

#include "common/tr.h"
#include "image/manifestparser.h"
#include "image/mediatypes.h"
#include "store/imagestore.h"
#include "store/platformowners.h"

using namespace Qt::StringLiterals;

namespace Ponton::Store {

ImagePlatforms::ImagePlatforms(const ImageStore &store) : m_store(store) {}

Result<QList<PlatformChoice>> ImagePlatforms::list(const QString &nameOrId) const
{
    Result<ImageRecord> image = m_store.resolve(nameOrId);
    if (!image)
        return std::unexpected(image.error());
    QList<PlatformChoice> choices;
    Result<QList<ImageRecord>> images = m_store.images();
    if (!images)
        return std::unexpected(images.error());
    // A platform pulled by digest names no index itself: it is seen through the tagged image it joins.
    const PlatformOwners owners(m_store, *images);
    const ImageRecord *owner = owners.ownerOf(*image);
    const ImageRecord &named = image->index.isValid() || !owner ? *image : *owner;
    if (!named.index.isValid())
        return choices;
    Result<QByteArray> bytes = m_store.content().read(named.index);
    if (!bytes)
        return std::unexpected(std::move(bytes.error()).withContext(Tr::tr("the index of %1").arg(nameOrId)));
    Result<Image::ImageIndex> index = Image::ManifestParser::parseIndex(*bytes, QString(), named.index.toString());
    if (!index)
        return std::unexpected(index.error());
    // Where the platforms come from: the repository of a repo digest ("repo@sha256:…").
    const QStringList repoDigests = named.repoDigests.isEmpty() ? image->repoDigests : named.repoDigests;
    const QString repository = repoDigests.isEmpty() ? QString() : repoDigests.constFirst().section(u'@', 0, 0);
    for (const Image::Descriptor &entry : std::as_const(index->manifests)) {
        if (!entry.platform || !Image::MediaType::isManifest(entry.mediaType) || entry.platform->os == u"unknown"_s)
            continue; // attestations and other artifacts have no runnable platform
        PlatformChoice choice;
        choice.platform = *entry.platform;
        choice.manifest = entry.digest;
        choice.current = entry.digest == image->manifest.digest;
        for (const ImageRecord &record : std::as_const(*images)) {
            if (record.manifest.digest == entry.digest)
                choice.image = record;
        }
        if (!repository.isEmpty())
            choice.pullReference = repository + u'@' + entry.digest.toString();
        choices.append(choice);
    }
    return choices;
}

} // namespace Ponton::Store
