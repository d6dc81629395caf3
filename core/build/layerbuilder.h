#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "reference/digest.h"
#include "runtime/filedescriptor.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace Ponton::Store { class ImageStore; }

namespace Ponton::Build {

// One entry of a layer COPY or ADD writes.
struct LayerEntry {
    enum class Type { File, Directory, Symlink, Archive };
    Type type = Type::File;
    QString path;          // inside the image, relative ("app/main.c")
    QString source;        // File, Archive: the host file to read
    QByteArray data;       // File without source or open: the contents (heredocs)
    std::function<Result<Runtime::FileDescriptor>()> open; // File without source: opens it (COPY --from)
    QString linkTarget;    // Symlink
    uint mode = 0644;      // permission bits (07777)
    uint uid = 0;
    uint gid = 0;
    qint64 mtime = 0;      // seconds since the epoch
};

// The layer blob written into the store.
struct BuiltLayer {
    Image::Descriptor descriptor;  // application/vnd.oci.image.layer.v1.tar+gzip
    Digest diffId;
    qint64 uncompressedSize = 0;
    int entries = 0;
};

// Writes a layer tar (pax, full headers: mode, owner, mtime) straight from host files and data,
// compressed by the fast gzip compressor into a store blob (hashed on the way, fsynced, renamed).
// Archive entries (ADD of a local tar) are unpacked into the layer under their path: their names
// are made safe, so an archive cannot place files outside it. The caller holds the store's ingest
// lock until an image that uses the blob is registered.
class LayerBuilder
{
public:
    using Canceled = std::function<bool()>;

    static Result<BuiltLayer> write(const Store::ImageStore &store, const QList<LayerEntry> &entries,
                                    const Canceled &canceled = {});
    // True when the file starts like a tar, or a gzip, bzip2 or xz stream (ADD's auto-extraction).
    static bool isArchive(const QString &path);
};

} // namespace Ponton::Build
