#include "store/platformowners.h"

#include "image/manifestparser.h"
#include "image/mediatypes.h"
#include "store/imagestore.h"

#include <QSet>

namespace Ponton::Store {

PlatformOwners::PlatformOwners(const ImageStore &store, const QList<ImageRecord> &records)
{
    QSet<Digest> read;
    for (const ImageRecord &record : records) {
        if (!record.isTagged() || !record.index.isValid())
            continue;
        m_tagged.append(record);
        if (read.contains(record.index))
            continue;
        read.insert(record.index);
        Result<QByteArray> bytes = store.content().read(record.index);
        if (!bytes)
            continue; // system check reports a missing index; its platforms are then on their own
        Result<Image::ImageIndex> index = Image::ManifestParser::parseIndex(*bytes, QString(), record.index.toString());
        if (!index)
            continue;
        for (const Image::Descriptor &entry : std::as_const(index->manifests)) {
            if (Image::MediaType::isManifest(entry.mediaType) && !m_owners.contains(entry.digest))
                m_owners.insert(entry.digest, m_tagged.size() - 1);
        }
    }
}

const ImageRecord *PlatformOwners::ownerOf(const ImageRecord &image) const
{
    if (image.isTagged())
        return nullptr;
    const auto owner = m_owners.constFind(image.manifest.digest);
    return owner == m_owners.constEnd() ? nullptr : &m_tagged.at(*owner);
}

} // namespace Ponton::Store
