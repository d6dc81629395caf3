#include "store/imageplatforms.h"

#include "common/tr.h"
#include "image/manifestparser.h"
#include "image/mediatypes.h"
#include "store/imagestore.h"

using namespace Qt::StringLiterals;

namespace Ponton::Store {

ImagePlatforms::ImagePlatforms(const ImageStore &store) : m_store(store) {}

Result<QList<PlatformChoice>> ImagePlatforms::list(const QString &nameOrId) const
{
    Result<ImageRecord> image = m_store.resolve(nameOrId);
    if (!image)
        return std::unexpected(image.error());
    QList<PlatformChoice> choices;
    if (!image->index.isValid())
        return choices;
    Result<QByteArray> bytes = m_store.content().read(image->index);
    if (!bytes)
        return std::unexpected(std::move(bytes.error()).withContext(Tr::tr("the index of %1").arg(nameOrId)));
    Result<Image::ImageIndex> index = Image::ManifestParser::parseIndex(*bytes, QString(), image->index.toString());
    if (!index)
        return std::unexpected(index.error());
    Result<QList<ImageRecord>> images = m_store.images();
    if (!images)
        return std::unexpected(images.error());
    // Where the platforms come from: the repository of the image's repo digest ("repo@sha256:…").
    const QString repository = image->repoDigests.isEmpty() ? QString() : image->repoDigests.constFirst().section(u'@', 0, 0);
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
