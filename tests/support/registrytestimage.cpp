#include "support/registrytestimage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Ponton::Test {

namespace {

// One regular file `name` with `content`, as a tar (gzip-compressed when `gzip`).
Result<QByteArray> tarOf(const QString &name, const QByteArray &content, bool gzip)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    archive_write_set_format_pax_restricted(writer.get());
    if (gzip)
        archive_write_add_filter_gzip(writer.get());
    archive_write_set_bytes_in_last_block(writer.get(), 1);
    QByteArray buffer(content.size() + content.size() / 10 + 1024 * 1024, Qt::Uninitialized);
    size_t used = 0;
    if (archive_write_open_memory(writer.get(), buffer.data(), size_t(buffer.size()), &used) != ARCHIVE_OK)
        return fail(ErrorCode::Internal, u"archive_write_open_memory"_s);
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
    archive_entry_set_pathname(entry.get(), name.toUtf8().constData());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), content.size());
    archive_entry_set_mtime(entry.get(), 1700000000, 0);
    if (archive_write_header(writer.get(), entry.get()) != ARCHIVE_OK
        || archive_write_data(writer.get(), content.constData(), size_t(content.size())) != content.size()
        || archive_write_close(writer.get()) != ARCHIVE_OK) {
        return fail(ErrorCode::Internal, u"cannot write a test layer"_s,
                    QString::fromUtf8(archive_error_string(writer.get())));
    }
    buffer.resize(qsizetype(used));
    return buffer;
}

QJsonObject descriptor(const QString &mediaType, const RegistryTestImage::Blob &blob)
{
    return {{u"mediaType"_s, mediaType}, {u"digest"_s, blob.digest.toString()}, {u"size"_s, blob.bytes.size()}};
}

RegistryTestImage::Blob blobOf(const QByteArray &bytes)
{
    return {bytes, Digest::ofData(bytes)};
}

Status writeBlob(const QString &dir, const RegistryTestImage::Blob &blob)
{
    QFile file(QDir(dir).filePath(u"blobs/sha256/"_s + blob.digest.hex()));
    if (!file.open(QIODevice::WriteOnly) || file.write(blob.bytes) != blob.bytes.size())
        return fail(ErrorCode::Internal, u"cannot write %1"_s.arg(file.fileName()));
    return {};
}

} // namespace

Result<RegistryTestImage> RegistryTestImage::make(const QList<qint64> &layerSizes, const QString &architecture,
                                                  quint32 seed)
{
    RegistryTestImage image;
    image.m_architecture = architecture;
    QRandomGenerator random(seed);
    QJsonArray diffIds;
    QJsonArray layers;
    for (qsizetype i = 0; i < layerSizes.size(); ++i) {
        QByteArray content(layerSizes[i], '\0');
        random.fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
        const QString name = u"layer%1-%2.bin"_s.arg(i).arg(seed);
        const Result<QByteArray> tar = tarOf(name, content, false);
        const Result<QByteArray> gzip = tarOf(name, content, true);
        if (!tar || !gzip)
            return std::unexpected(!tar ? tar.error() : gzip.error());
        image.m_diffIds.append(Digest::ofData(*tar));
        image.m_layers.append(blobOf(*gzip));
        diffIds.append(image.m_diffIds.last().toString());
        layers.append(descriptor(u"application/vnd.oci.image.layer.v1.tar+gzip"_s, image.m_layers.last()));
    }
    const QJsonObject config{{u"architecture"_s, architecture}, {u"os"_s, u"linux"_s},
                             {u"created"_s, u"2024-01-01T00:00:00Z"_s},
                             {u"config"_s, QJsonObject{{u"Cmd"_s, QJsonArray{u"/bin/sh"_s}}}},
                             {u"rootfs"_s, QJsonObject{{u"type"_s, u"layers"_s}, {u"diff_ids"_s, diffIds}}}};
    image.m_config = blobOf(QJsonDocument(config).toJson(QJsonDocument::Compact));
    const QJsonObject manifest{{u"schemaVersion"_s, 2}, {u"mediaType"_s, u"application/vnd.oci.image.manifest.v1+json"_s},
                               {u"config"_s, descriptor(u"application/vnd.oci.image.config.v1+json"_s, image.m_config)},
                               {u"layers"_s, layers}};
    image.m_manifest = blobOf(QJsonDocument(manifest).toJson(QJsonDocument::Compact));
    return image;
}

RegistryTestImage::Blob RegistryTestImage::indexOf(const QList<RegistryTestImage> &images)
{
    QJsonArray manifests;
    for (const RegistryTestImage &image : images) {
        QJsonObject entry = descriptor(u"application/vnd.oci.image.manifest.v1+json"_s, image.manifest());
        entry.insert(u"platform"_s, QJsonObject{{u"architecture"_s, image.architecture()}, {u"os"_s, u"linux"_s}});
        manifests.append(entry);
    }
    const QJsonObject index{{u"schemaVersion"_s, 2}, {u"mediaType"_s, u"application/vnd.oci.image.index.v1+json"_s},
                            {u"manifests"_s, manifests}};
    return blobOf(QJsonDocument(index).toJson(QJsonDocument::Compact));
}

Result<Digest> RegistryTestImage::writeLayout(const QString &dir, const QString &tag,
                                              const QList<RegistryTestImage> &images)
{
    if (images.isEmpty() || !QDir().mkpath(QDir(dir).filePath(u"blobs/sha256"_s)))
        return fail(ErrorCode::Internal, u"cannot create the layout %1"_s.arg(dir));
    for (const RegistryTestImage &image : images) {
        for (const Blob &blob : image.layers() + QList<Blob>{image.config(), image.manifest()}) {
            if (Status ok = writeBlob(dir, blob); !ok)
                return std::unexpected(ok.error());
        }
    }
    const bool multi = images.size() > 1;
    const Blob top = multi ? indexOf(images) : images.first().manifest();
    if (multi) {
        if (Status ok = writeBlob(dir, top); !ok)
            return std::unexpected(ok.error());
    }
    QJsonObject entry = descriptor(multi ? u"application/vnd.oci.image.index.v1+json"_s
                                         : u"application/vnd.oci.image.manifest.v1+json"_s, top);
    entry.insert(u"annotations"_s, QJsonObject{{u"org.opencontainers.image.ref.name"_s, tag}});
    const QJsonObject index{{u"schemaVersion"_s, 2}, {u"manifests"_s, QJsonArray{entry}}};
    QFile layout(QDir(dir).filePath(u"oci-layout"_s));
    QFile indexFile(QDir(dir).filePath(u"index.json"_s));
    if (!layout.open(QIODevice::WriteOnly) || !indexFile.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Internal, u"cannot write the layout %1"_s.arg(dir));
    layout.write(R"({"imageLayoutVersion":"1.0.0"})");
    indexFile.write(QJsonDocument(index).toJson(QJsonDocument::Compact));
    return top.digest;
}

} // namespace Ponton::Test
