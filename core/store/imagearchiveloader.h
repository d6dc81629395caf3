#pragma once

#include "archive/archivecontrol.h"
#include "archive/dockerarchivemanifest.h"
#include "archive/tarreader.h"
#include "common/error.h"
#include "image/descriptor.h"
#include "image/imageindex.h"
#include "image/manifest.h"
#include "image/mediatypes.h"
#include "store/imagestore.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Ponton::Store {

// What `load` did: the images registered and Docker's lines ("Loaded image: alpine:curl",
// "Loaded image ID: sha256:…", "The image alpine:curl already exists, renaming the old one with ID … to
// empty string", and which platforms of an index the archive lacks), for the CLI to print and the GUI to
// show. `images` are the ones to unpack; `otherPlatforms` the platforms of a loaded index besides the
// host's, registered untagged beside it (they cannot run here, so they are not unpacked).
struct LoadResult {
    QList<ImageRecord> images;
    QList<ImageRecord> otherPlatforms;
    QStringList lines;
};

// `load`: images from a docker-archive (manifest.json, as `docker save` and `skopeo copy …
// docker-archive:` write it, also Docker 25's layout) or an OCI archive (oci-layout + index.json, as
// `skopeo copy … oci-archive:` writes it), detected from the content, the tar itself possibly gzip or
// zstd compressed. The tar is read once, sequentially: file contents go through BlobWriters that hash
// them while writing (layers that are compressed are also inflated on the way, for their diff_id), small
// JSON is kept in memory. Then everything is verified — digests and sizes of descriptors, manifests that
// are really indexes, configs that are not JSON, diff_ids against rootfs.diff_ids, links and names that
// leave the archive, entries manifest.json names but the archive lacks — and only if all images pass are
// they registered with their tags. An archive whose index.json names a multi-platform index keeps every
// platform whose blobs it holds (each verified): the host's is tagged and names the index
// (io.ponton.image.index, as a pull records it), the others stay untagged, naming the index too; a
// platform whose blobs are missing (`docker save --platform`) is skipped with a line saying so. On error
// nothing is registered; blobs already written are
// unreferenced blobs or ingest files, which GC removes. Holds the store's ingest lock throughout.
class ImageArchiveLoader
{
public:
    explicit ImageArchiveLoader(const ImageStore &store, Archive::ArchiveControl control = {});
    ~ImageArchiveLoader();

    // Reads from an open descriptor (stdin, a pipe). `archiveName` names the archive in errors.
    Result<LoadResult> load(int fd, const QString &archiveName);
    Result<LoadResult> loadFile(const QString &path);

    // One file of the archive, as streamed into the content store.
    struct ArchiveBlob {
        Digest digest;
        qint64 size = 0;
        Image::MediaType::Compression compression = Image::MediaType::Compression::None;
        Digest diffId;             // of the uncompressed content (== digest when not compressed)
        qint64 uncompressedSize = 0;
        std::optional<Error> streamError; // a compressed entry that did not inflate
    };
    // An image ready to register: its manifest blob is in the store, with its config and layers.
    struct Candidate {
        Image::Descriptor manifest;
        Digest imageId;
        QList<Reference> tags;
        QList<qint64> layerSizes; // uncompressed, bottom first
        Digest index;             // the multi-platform index it was chosen from; invalid when none
        bool otherPlatform = false; // a platform of that index besides the one chosen for this machine
    };

private:
    Status readEntries(Archive::TarReader &reader);
    Status readEntry(Archive::TarReader &reader, const Archive::TarEntry &entry);
    Status readMetadata(Archive::TarReader &reader, const Archive::TarEntry &entry);
    Status readBlob(Archive::TarReader &reader, const Archive::TarEntry &entry);
    const ArchiveBlob *find(const QString &name) const;
    const ArchiveBlob *findDigest(const Digest &digest) const;
    Result<QByteArray> readSmallBlob(const ArchiveBlob &blob, const QString &entry) const;
    Status checkLayer(const ArchiveBlob &blob, const Digest &expectedDiffId, int index, const QString &entry) const;

    Result<QList<Candidate>> planDocker(const QByteArray &manifestJson);
    Result<Candidate> planDockerImage(const Archive::DockerArchiveImage &image, int position);
    Result<QList<Candidate>> planOci();
    Status planOciEntry(const Image::Descriptor &entry, const QList<Reference> &tags, int depth, QList<Candidate> *out);
    Status planOciPlatforms(const Image::Descriptor &indexEntry, const Image::ImageIndex &index,
                            const QList<Reference> &tags, QList<Candidate> *out);
    QString missingBlobOf(const Image::Descriptor &platformEntry) const;
    Result<Candidate> planOciManifest(const Image::Descriptor &entry, const QList<Reference> &tags);
    Result<const ArchiveBlob *> blobFor(const Image::Descriptor &descriptor, const QString &role) const;
    Result<QList<qint64>> checkOciLayers(const Image::Manifest &manifest, const QList<Digest> &diffIds) const;
    void addDockerTags(QList<Candidate> &candidates) const;
    Result<LoadResult> registerAll(const QList<Candidate> &candidates) const;

    Error inArchive(const Error &error) const;

    const ImageStore &m_store;
    Archive::ArchiveControl m_control;
    QString m_archiveName;
    qint64 m_totalBytes = 0;
    QHash<QString, ArchiveBlob> m_blobs;      // entry name → blob
    QHash<QString, QString> m_links;          // entry name → entry it designates
    QHash<QString, QByteArray> m_metadata;    // manifest.json, index.json, oci-layout, repositories
    QHash<Digest, QString> m_byDigest;        // blob digest → first entry with it
    QStringList m_notes;                      // platforms skipped, printed before the loaded images
};

} // namespace Ponton::Store

Q_DECLARE_METATYPE(Ponton::Store::LoadResult)
