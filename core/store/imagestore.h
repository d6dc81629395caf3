#pragma once

#include "common/error.h"
#include "image/imageconfig.h"
#include "image/manifest.h"
#include "store/contentstore.h"
#include "store/filelock.h"
#include "store/imagerecord.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>

namespace Ponton::Store {

// The store: a valid OCI image layout (oci-layout, index.json, blobs/sha256/) plus Ponton's own folders
// (ingest/ for partial writes, runtime/ for the helper's snapshots and containers, and the lock files).
// Tags are index.json entries with org.opencontainers.image.ref.name; untagged images (intermediate build
// steps, dangling images) are entries without it. Thread-safe, and safe between processes: every change
// of index.json is a read-modify-write under an exclusive flock, replaced atomically.
class ImageStore
{
public:
    explicit ImageStore(const QString &root);

    QString root() const { return m_content.root(); }
    const ContentStore &content() const { return m_content; }
    // Creates the layout when missing (mkdir, oci-layout, empty index.json).
    Status initialize() const;

    // Held (shared) by every job that writes blobs before registering them, so that GC (exclusive)
    // never deletes a blob between its write and its registration.
    Result<FileLock> holdForIngest() const;

    Result<QList<ImageRecord>> images() const;
    // A reference ("alpine", "alpine:curl", "name@sha256:..."), a full or short image ID
    // ("sha256:4f…", "4f5c"), as Docker resolves them. NotFound / Conflict (ambiguous prefix).
    Result<ImageRecord> resolve(const QString &nameOrId) const;
    Result<ImageRecord> findById(const Digest &id) const;
    Result<Image::Manifest> manifest(const ImageRecord &image) const;
    Result<Image::ImageConfig> config(const ImageRecord &image) const;
    // Images whose parent is `id`.
    Result<QList<ImageRecord>> children(const Digest &id) const;

    // Checks that the manifest, its config and its layers are in the content store and agree (diff_ids
    // count, media types, sizes), then adds the image and moves the given tags to it.
    Result<ImageRecord> registerImage(const ImageRegistration &registration) const;
    // Points `tag` at the image (moving it from another image if needed).
    Status tag(const Digest &imageId, const Reference &tag) const;
    // Removes one tag; the image stays as an untagged entry when it was its last tag.
    Status untag(const Reference &tag) const;
    // Removes every entry of the image (tags included). Blobs stay until collectGarbage().
    Status removeImage(const Digest &imageId) const;
    // Removes, in one change of index.json, every entry of the images `choose` picks from the images as
    // they are under the index's lock (so that nothing changes between the choice and the removal); the
    // IDs it picked. Blobs stay until collectGarbage().
    using ImageChoice = std::function<QList<Digest>(const QList<ImageRecord> &images)>;
    Result<QList<Digest>> removeImages(const ImageChoice &choose) const;

    struct GarbageReport { int blobsRemoved = 0; qint64 bytesFreed = 0; int ingestsRemoved = 0; };
    // Deletes blobs no index entry reaches, and ingest files older than `ingestAgeSeconds`.
    Result<GarbageReport> collectGarbage(qint64 ingestAgeSeconds = 24 * 3600) const;

private:
    friend class StoreChecker;
    struct IndexFile;
    Result<QList<Image::Descriptor>> readIndex() const;
    Status writeIndex(const QList<Image::Descriptor> &entries) const;
    Status mutateIndex(const std::function<Status(QList<Image::Descriptor> &entries)> &change) const;
    Result<ImageRecord> recordFor(const Image::Descriptor &entry) const;
    QList<ImageRecord> groupEntries(const QList<Image::Descriptor> &entries, QList<Error> *problems) const;

    ContentStore m_content;
    struct CachedImage {
        Digest id; QDateTime created; QList<Digest> layers; QList<qint64> layerSizes; QList<Digest> diffIds; qint64 layersSize = 0;
        Image::Platform platform;
    };
    mutable QMutex m_cacheMutex;
    mutable QHash<Digest, CachedImage> m_cache; // by manifest digest: blobs are immutable
};

} // namespace Ponton::Store
