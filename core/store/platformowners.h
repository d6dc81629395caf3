#pragma once

#include "store/imagerecord.h"

#include <QHash>
#include <QList>

namespace Ponton::Store {

class ImageStore;

// Which tagged image an untagged image is another platform of: its manifest is an entry of the
// multi-platform index recorded with a tagged image (a load keeps every platform of an index that way, a
// platform pulled by digest joins the image it was pulled for). Such an image is not dangling: `images`
// shows it under the tagged image's repository, and prune keeps it while the tagged image is there.
class PlatformOwners
{
public:
    // `records`: the store's images, as ImageStore::images() lists them. Reads the recorded indexes.
    PlatformOwners(const ImageStore &store, const QList<ImageRecord> &records);

    // The tagged image whose index lists `image`'s manifest; nullptr when none (or `image` is tagged).
    const ImageRecord *ownerOf(const ImageRecord &image) const;

private:
    QList<ImageRecord> m_tagged;
    QHash<Digest, qsizetype> m_owners; // platform manifest → position in m_tagged
};

} // namespace Ponton::Store
