#include "support/imagefixture.h"

#include "archive/gzipcompressor.h"
#include "image/manifest.h"
#include "image/manifestwriter.h"
#include "image/mediatypes.h"
#include "image/platform.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace Ponton::Test {

namespace {

la_ssize_t appendToBuffer(struct archive *, void *client, const void *data, size_t size)
{
    static_cast<QByteArray *>(client)->append(static_cast<const char *>(data), qsizetype(size));
    return la_ssize_t(size);
}

void addTarFile(struct archive *tar, const QString &name, const QByteArray &content)
{
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, content.size());
    archive_entry_set_mtime(entry, 1700000000, 0);
    archive_write_header(tar, entry);
    archive_write_data(tar, content.constData(), size_t(content.size()));
    archive_entry_free(entry);
}

QByteArray configJson(const QList<Digest> &diffIds, quint32 seed)
{
    QJsonArray ids;
    QJsonArray history;
    for (qsizetype i = 0; i < diffIds.size(); ++i) {
        ids.append(diffIds.at(i).toString());
        history.append(QJsonObject{{u"created"_s, u"2024-01-01T00:00:00Z"_s},
                                   {u"created_by"_s, u"fixture layer %1 (seed %2)"_s.arg(i + 1).arg(seed)}});
    }
    const Image::Platform host = Image::Platform::host();
    const QJsonObject config{
        {u"architecture"_s, host.architecture},
        {u"os"_s, u"linux"_s},
        {u"created"_s, u"2024-01-01T00:00:00Z"_s},
        {u"config"_s, QJsonObject{{u"Cmd"_s, QJsonArray{u"/bin/sh"_s}}, {u"Env"_s, QJsonArray{u"SEED=%1"_s.arg(seed)}}}},
        {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s}, {u"diff_ids"_s, ids}}},
        {u"history"_s, history},
    };
    return Image::ManifestWriter::canonicalJson(config);
}

} // namespace

QByteArray ImageFixture::layerTar(quint32 seed, int files, int maxFileSize, int layerNumber)
{
    QRandomGenerator random(seed * 7919u + quint32(layerNumber));
    QByteArray out;
    struct archive *tar = archive_write_new();
    archive_write_set_format_pax_restricted(tar);
    archive_write_set_bytes_per_block(tar, 0);
    archive_write_open(tar, &out, nullptr, appendToBuffer, nullptr);
    for (int i = 0; i < files; ++i) {
        QByteArray content(random.bounded(maxFileSize + 1), Qt::Uninitialized);
        static const char alphabet[] = "abcdefgh \n";
        for (char &byte : content)
            byte = random.bounded(8) == 0 ? char(random.bounded(256)) : alphabet[random.bounded(10)];
        addTarFile(tar, u"layer%1/file%2.txt"_s.arg(layerNumber).arg(i), content);
    }
    archive_write_close(tar);
    archive_write_free(tar);
    return out;
}

QByteArray ImageFixture::gzip(const QByteArray &data)
{
    QByteArray out;
    Archive::GzipCompressor compressor([&out](const char *bytes, qint64 size) -> Status {
        out.append(bytes, size);
        return {};
    });
    if (!compressor.write(data.constData(), data.size()) || !compressor.finish())
        return {};
    return out;
}

Result<Store::ImageRecord> ImageFixture::create(const Store::ImageStore &store, const ImageSpec &spec)
{
    if (Status ready = store.initialize(); !ready)
        return std::unexpected(ready.error());
    namespace MT = Image::MediaType;
    QList<Image::Descriptor> layers;
    QList<Digest> diffIds;
    QList<qint64> sizes;
    for (int layer = 1; layer <= spec.layers; ++layer) {
        const QByteArray tar = layerTar(spec.seed, spec.filesPerLayer, spec.maxFileSize, layer);
        const QByteArray blob = spec.gzip ? gzip(tar) : tar;
        const QString type = spec.dockerMediaTypes ? (spec.gzip ? MT::DockerLayerGzip : MT::DockerLayerTar)
                                                   : (spec.gzip ? MT::OciLayerGzip : MT::OciLayerTar);
        if (Result<Digest> written = store.content().write(blob); !written)
            return std::unexpected(written.error());
        layers.append(Image::Descriptor::forData(type, blob));
        diffIds.append(Digest::ofData(tar));
        sizes.append(tar.size());
    }
    return registerImage(store, configJson(diffIds, spec.seed), layers, sizes, spec.tags, spec.dockerMediaTypes);
}

Result<Store::ImageRecord> ImageFixture::createFromLayers(const Store::ImageStore &store, const QList<LayerSpec> &layers,
                                                          const QStringList &tags)
{
    if (Status ready = store.initialize(); !ready)
        return std::unexpected(ready.error());
    const QString created = u"2026-01-01T00:00:00Z"_s;
    QList<Image::Descriptor> descriptors;
    QJsonArray diffIds, history;
    for (const LayerSpec &layer : layers) {
        const QByteArray blob = gzip(layer.tar);
        if (Result<Digest> written = store.content().write(blob); !written)
            return std::unexpected(written.error());
        descriptors.append(Image::Descriptor::forData(Image::MediaType::OciLayerGzip, blob));
        diffIds.append(Digest::ofData(layer.tar).toString());
        history.append(QJsonObject{{u"created"_s, created}, {u"created_by"_s, layer.createdBy}});
    }
    const QJsonObject config{
        {u"architecture"_s, u"amd64"_s},
        {u"os"_s, u"linux"_s},
        {u"created"_s, created},
        {u"config"_s, QJsonObject{{u"Env"_s, QJsonArray{u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s}},
                                  {u"Cmd"_s, QJsonArray{u"/bin/sh"_s}}}},
        {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s}, {u"diff_ids"_s, diffIds}}},
        {u"history"_s, history}};
    // No layer sizes: the store counts the compressed blobs, as after a pull without a helper, until the
    // layers are unpacked.
    return registerImage(store, Image::ManifestWriter::canonicalJson(config), descriptors, {}, tags, false);
}

Result<Store::ImageRecord> ImageFixture::registerImage(const Store::ImageStore &store, const QByteArray &config,
                                                       const QList<Image::Descriptor> &layers, const QList<qint64> &sizes,
                                                       const QStringList &tags, bool dockerMediaTypes)
{
    namespace MT = Image::MediaType;
    if (Result<Digest> written = store.content().write(config); !written)
        return std::unexpected(written.error());
    const Image::Descriptor configDescriptor =
        Image::Descriptor::forData(dockerMediaTypes ? MT::DockerConfig : MT::OciConfig, config);
    Result<Image::WrittenBlob> manifest = Image::ManifestWriter::write(
        dockerMediaTypes ? Image::Manifest::docker(configDescriptor, layers) : Image::Manifest::oci(configDescriptor, layers));
    if (!manifest)
        return std::unexpected(manifest.error());
    if (Result<Digest> written = store.content().write(manifest->bytes); !written)
        return std::unexpected(written.error());
    Store::ImageRegistration registration;
    registration.manifest = manifest->descriptor;
    registration.layerSizes = sizes;
    for (const QString &tag : tags) {
        Result<Reference> reference = Reference::parse(tag);
        if (!reference)
            return std::unexpected(reference.error());
        registration.tags.append(reference->withDefaultTag());
    }
    return store.registerImage(registration);
}

Result<Store::ImageRecord> ImageFixture::createLayout(const QString &dir, const ImageSpec &spec)
{
    const Store::ImageStore layout(dir);
    return create(layout, spec);
}

Status ImageFixture::saveArchive(const Store::ImageStore &store, const QStringList &names, const QString &path,
                                 Store::ImageArchiveWriter::Format format)
{
    Store::ImageArchiveWriter writer(store);
    return writer.saveToFile(names, format, path);
}

} // namespace Ponton::Test
