#pragma once

#include "common/error.h"
#include "image/descriptor.h"
#include "store/imagearchivewriter.h"
#include "store/imagerecord.h"
#include "store/imagestore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Ponton::Test {

// What test image to make: `layers` layers of `filesPerLayer` random files (up to `maxFileSize` bytes,
// under layerN/), gzip or plain tar, OCI or Docker schema 2 media types. The same spec (seed included)
// always gives the same bytes, hence the same image ID; change the seed for another image.
struct ImageSpec {
    int layers = 1;
    int filesPerLayer = 3;
    int maxFileSize = 4096;
    bool gzip = true;
    bool dockerMediaTypes = false;
    QStringList tags; // "alpine:curl", "localhost:5000/x:1"
    quint32 seed = 1;
};

// A layer of ImageFixture::createFromLayers: its uncompressed tar and the history line that made it.
struct LayerSpec {
    QByteArray tar;
    QString createdBy;
};

// Test images without a registry or Docker: made directly in an ImageStore, in an OCI image layout
// folder (Ponton's store is one), or as a docker-archive / OCI archive through ImageArchiveWriter.
class ImageFixture
{
public:
    // Writes the layer, config and manifest blobs into `store` and registers the image with its tags.
    static Result<Store::ImageRecord> create(const Store::ImageStore &store, const ImageSpec &spec);
    // An image like alpine's (PATH, Cmd ["/bin/sh"]) made of `layers`, bottom first, gzip-compressed.
    static Result<Store::ImageRecord> createFromLayers(const Store::ImageStore &store, const QList<LayerSpec> &layers,
                                                       const QStringList &tags);
    // An OCI image layout at `dir` (created when missing) holding the image.
    static Result<Store::ImageRecord> createLayout(const QString &dir, const ImageSpec &spec);
    // `save` of `names` from `store` into the file `path`.
    static Status saveArchive(const Store::ImageStore &store, const QStringList &names, const QString &path,
                              Store::ImageArchiveWriter::Format format = Store::ImageArchiveWriter::Format::DockerArchive);

    // An uncompressed layer tar of `files` random files (deterministic for a seed).
    static QByteArray layerTar(quint32 seed, int files, int maxFileSize, int layerNumber = 1);
    static QByteArray gzip(const QByteArray &data);

private:
    // Writes the config and the manifest of `layers` (whose blobs are in the store) and registers them.
    static Result<Store::ImageRecord> registerImage(const Store::ImageStore &store, const QByteArray &config,
                                                    const QList<Image::Descriptor> &layers, const QList<qint64> &sizes,
                                                    const QStringList &tags, bool dockerMediaTypes);
};

} // namespace Ponton::Test
