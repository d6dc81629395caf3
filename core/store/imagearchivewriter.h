#pragma once

#include "archive/archivecontrol.h"
#include "archive/tarwriter.h"
#include "common/error.h"
#include "store/imagestore.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Ponton::Store {

// `save`: one or several images of the store into a tar, streamed (a layer is never held in memory).
// - DockerArchive (default, what `docker save` writes): manifest.json (Config, RepoTags, Layers), the
//   configs as <image-id-hex>.json, every layer uncompressed as <diff-id-hex>/layer.tar (a compressed
//   layer is inflated twice: once to learn its size and check its diff_id, once into the archive), and
//   `repositories`. Read by `docker load`, `skopeo … docker-archive:FILE`.
// - OciArchive (`--format oci`): an OCI image layout in a tar — oci-layout, blobs/sha256/ with the
//   blobs as stored, index.json with one entry per tag (org.opencontainers.image.ref.name "alpine:curl",
//   io.containerd.image.name "docker.io/library/alpine:curl"). Read by `skopeo … oci-archive:FILE`.
//   An image chosen from a multi-platform index is saved as that index (its entry names the index), with
//   the blobs of every platform of it the store holds, so that a load gives back the same index.
// Names are resolved as Docker does: "alpine:curl" saves that tag; a name without tag ("alpine") saves
// every tag of the repository; an image ID saves the image untagged. Runs synchronously (a worker thread).
class ImageArchiveWriter
{
public:
    enum class Format { DockerArchive, OciArchive };

    explicit ImageArchiveWriter(const ImageStore &store, Archive::ArchiveControl control = {});

    // Writes to an open descriptor (stdout, a pipe). `what` names it in errors.
    Status save(const QStringList &names, Format format, int fd, const QString &what);
    // Writes to a temporary file beside `path`, then renames it: a failed save leaves nothing behind.
    Status saveToFile(const QStringList &names, Format format, const QString &path);

    struct Selected {
        ImageRecord image;
        QList<Reference> tags;
    };
    // The images and tags `names` designate, merged per manifest, in the order asked.
    Result<QList<Selected>> select(const QStringList &names) const;

private:
    Status writeDocker(const QList<Selected> &images, Archive::TarWriter &tar);
    Status writeOci(const QList<Selected> &images, Archive::TarWriter &tar);
    Status writeDockerLayer(const ImageRecord &image, int index, const QString &entry, Archive::TarWriter &tar);
    Status writeBlob(const Digest &digest, const QString &entry, Archive::TarWriter &tar);
    Status writeImageBlobs(const ImageRecord &image, Archive::TarWriter &tar);
    Result<Image::Descriptor> writeOciIndex(const ImageRecord &image, const QList<ImageRecord> &stored, Archive::TarWriter &tar);
    Status copyFile(const QString &path, const QString &item, const Archive::ByteSink &sink) const;

    const ImageStore &m_store;
    Archive::ArchiveControl m_control;
    QSet<QString> m_written; // archive entries already written (shared layers and configs)
};

} // namespace Ponton::Store
