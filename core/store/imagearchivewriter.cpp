#include "store/imagearchivewriter.h"

#include "archive/decompressor.h"
#include "archive/dockerarchivemanifest.h"
#include "archive/layerdigester.h"
#include "common/atomicfile.h"
#include "common/tr.h"
#include "image/imageindex.h"
#include "image/manifestparser.h"
#include "image/manifestwriter.h"
#include "image/mediatypes.h"
#include "reference/sha256hasher.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {
constexpr qsizetype ChunkSize = 1 << 20;
const QString ContainerdNameAnnotation = u"io.containerd.image.name"_s;

// Closes a descriptor at scope exit.
struct FdCloser {
    int fd;
    ~FdCloser() { if (fd >= 0) ::close(fd); }
};

QList<Reference> tagsOf(const ImageRecord &record, const Reference &repository)
{
    QList<Reference> tags;
    for (const Reference &tag : record.tags) {
        if (tag.nameOnly() == repository.nameOnly())
            tags.append(tag);
    }
    return tags;
}
} // namespace

ImageArchiveWriter::ImageArchiveWriter(const ImageStore &store, Archive::ArchiveControl control)
    : m_store(store), m_control(std::move(control))
{
}

Result<QList<ImageArchiveWriter::Selected>> ImageArchiveWriter::select(const QStringList &names) const
{
    Result<QList<ImageRecord>> all = m_store.images();
    if (!all)
        return std::unexpected(all.error());
    QList<Selected> selected;
    QHash<Digest, qsizetype> positions;
    const auto add = [&](const ImageRecord &record, const QList<Reference> &tags) {
        auto known = positions.constFind(record.manifest.digest);
        if (known == positions.constEnd()) {
            known = positions.insert(record.manifest.digest, selected.size());
            selected.append({record, {}});
        }
        for (const Reference &tag : tags) {
            if (!selected[*known].tags.contains(tag))
                selected[*known].tags.append(tag);
        }
    };
    for (const QString &name : names) {
        Result<Reference> reference = Reference::parse(name);
        bool found = false;
        if (reference && reference->isNameOnly()) {
            for (const ImageRecord &record : *all) {
                if (const QList<Reference> tags = tagsOf(record, *reference); !tags.isEmpty()) {
                    add(record, tags);
                    found = true;
                }
            }
        }
        if (found)
            continue;
        Result<ImageRecord> record = m_store.resolve(name);
        if (!record)
            return std::unexpected(record.error());
        const bool byTag = reference && reference->hasTag() && record->tags.contains(reference->withDefaultTag());
        add(*record, byTag ? QList<Reference>{reference->withDefaultTag()} : QList<Reference>());
    }
    return selected;
}

Status ImageArchiveWriter::copyFile(const QString &path, const QString &item, const Archive::ByteSink &sink) const
{
    FdCloser file{::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0)
        return fail(ErrorCode::NotFound, Tr::tr("cannot open blob %1").arg(item), u"open: "_s + errnoText(errno));
    ::posix_fadvise(file.fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (m_control.isCanceled())
            return fail(ErrorCode::Canceled, Tr::tr("save canceled"));
        const ssize_t n = ::read(file.fd, buffer.data(), size_t(buffer.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot read blob %1").arg(item), u"read: "_s + errnoText(errno));
        if (n == 0)
            return {};
        if (Status written = sink(buffer.constData(), n); !written)
            return written;
        done += n;
        m_control.report(item, done, 0);
    }
}

// A blob as stored, checked against its digest while it is copied.
Status ImageArchiveWriter::writeBlob(const Digest &digest, const QString &entry, Archive::TarWriter &tar)
{
    if (m_written.contains(entry))
        return {};
    Result<qint64> size = m_store.content().size(digest);
    if (!size)
        return std::unexpected(size.error());
    Sha256Hasher hasher;
    Status written = tar.addFile(entry, *size, [&](const Archive::ByteSink &sink) {
        return copyFile(m_store.content().blobPath(digest), digest.toString(), [&](const char *data, qint64 n) {
            hasher.addData(data, size_t(n));
            return sink(data, n);
        });
    });
    if (!written)
        return written;
    if (const Digest actual = hasher.finish(); actual != digest)
        return fail(ErrorCode::DigestMismatch, Tr::tr("blob %1 of the store is corrupt: its content hashes to %2")
                                                   .arg(digest.toString(), actual.toString()));
    m_written.insert(entry);
    return {};
}

// <diff-id-hex>/layer.tar, uncompressed. A compressed layer is digested first: the tar header needs the
// uncompressed size, and a layer whose diff_id does not match the config is refused before it is written.
Status ImageArchiveWriter::writeDockerLayer(const ImageRecord &image, int index, const QString &entry,
                                            Archive::TarWriter &tar)
{
    if (m_written.contains(entry))
        return {};
    const Digest layer = image.layers.at(index);
    const Digest diffId = image.diffIds.at(index);
    Result<Image::Manifest> manifest = m_store.manifest(image);
    if (!manifest)
        return std::unexpected(manifest.error());
    const auto compression = Image::MediaType::layerCompression(manifest->layers.at(index).mediaType);
    const QString path = m_store.content().blobPath(layer);
    if (compression == Image::MediaType::Compression::None) {
        if (layer != diffId)
            return fail(ErrorCode::DigestMismatch, Tr::tr("layer %1 of image %2 is uncompressed but differs from its diff_id %3")
                                                       .arg(layer.toString(), image.id.toString(), diffId.toString()));
        Status dir = tar.addDirectory(diffId.hex());
        return dir ? writeBlob(layer, entry, tar) : dir;
    }
    Result<Archive::LayerDigest> digest = Archive::LayerDigester::digestFile(path, layer.toString(), compression, m_control);
    if (!digest)
        return std::unexpected(digest.error());
    if (digest->diffId != diffId)
        return fail(ErrorCode::DigestMismatch, Tr::tr("layer %1 of image %2 has the diff_id %3, its config says %4")
                                                   .arg(layer.toString(), image.id.toString(), digest->diffId.toString(),
                                                        diffId.toString()));
    if (Status dir = tar.addDirectory(diffId.hex()); !dir)
        return dir;
    Status written = tar.addFile(entry, digest->uncompressedSize, [&](const Archive::ByteSink &sink) -> Status {
        std::unique_ptr<Archive::Decompressor> decompressor = Archive::Decompressor::create(compression);
        Status copied = copyFile(path, layer.toString(), [&](const char *data, qint64 n) {
            return decompressor->write(data, n, sink);
        });
        return copied ? decompressor->finish(sink) : copied;
    });
    if (written)
        m_written.insert(entry);
    return written;
}

Status ImageArchiveWriter::writeDocker(const QList<Selected> &images, Archive::TarWriter &tar)
{
    QList<Archive::DockerArchiveImage> manifest;
    QMap<QString, QMap<QString, QString>> repositories;
    for (const Selected &selected : images) {
        const ImageRecord &image = selected.image;
        if (image.layers.size() != image.diffIds.size())
            return fail(ErrorCode::Internal, Tr::tr("image %1 is inconsistent: %2 layers, %3 diff_ids")
                                                 .arg(image.id.toString()).arg(image.layers.size()).arg(image.diffIds.size()));
        Archive::DockerArchiveImage entry;
        entry.config = image.id.hex() + u".json"_s;
        if (Status config = writeBlob(image.id, entry.config, tar); !config)
            return config;
        for (int i = 0; i < image.layers.size(); ++i) {
            entry.layers.append(image.diffIds.at(i).hex() + u"/layer.tar"_s);
            if (Status layer = writeDockerLayer(image, i, entry.layers.last(), tar); !layer)
                return layer;
        }
        for (const Reference &tag : selected.tags) {
            entry.repoTags.append(tag.familiarString());
            if (!image.diffIds.isEmpty())
                repositories[tag.familiarName()][tag.tag()] = image.diffIds.last().hex();
        }
        manifest.append(entry);
    }
    if (Status written = tar.addData(u"manifest.json"_s, Archive::DockerArchiveManifest::write(manifest)); !written)
        return written;
    if (repositories.isEmpty())
        return {};
    return tar.addData(u"repositories"_s, Archive::DockerArchiveManifest::writeRepositories(repositories));
}

Status ImageArchiveWriter::writeOci(const QList<Selected> &images, Archive::TarWriter &tar)
{
    Status started = tar.addData(u"oci-layout"_s, QByteArrayLiteral("{\"imageLayoutVersion\":\"1.0.0\"}"));
    if (started)
        started = tar.addDirectory(u"blobs"_s);
    if (started)
        started = tar.addDirectory(u"blobs/sha256"_s);
    if (!started)
        return started;
    Result<QList<ImageRecord>> stored = m_store.images();
    if (!stored)
        return std::unexpected(stored.error());
    QList<Image::Descriptor> entries;
    for (const Selected &selected : images) {
        const ImageRecord &image = selected.image;
        Result<Image::Descriptor> top = image.index.isValid() ? writeOciIndex(image, *stored, tar) : image.manifest;
        if (!top)
            return std::unexpected(top.error());
        if (!image.index.isValid()) {
            if (Status written = writeImageBlobs(image, tar); !written)
                return written;
        }
        Image::Descriptor entry = *top;
        entry.annotations.clear();
        if (selected.tags.isEmpty())
            entries.append(entry);
        for (const Reference &tag : selected.tags) {
            entry.annotations.insert(Image::RefNameAnnotation, tag.familiarString());
            entry.annotations.insert(ContainerdNameAnnotation, tag.toString());
            entries.append(entry);
        }
    }
    const QByteArray index = Image::ManifestWriter::canonicalJson(Image::ImageIndex::oci(entries).toJson());
    return tar.addData(u"index.json"_s, index);
}

Status ImageArchiveWriter::writeImageBlobs(const ImageRecord &image, Archive::TarWriter &tar)
{
    QList<Digest> blobs{image.manifest.digest, image.id};
    blobs.append(image.layers);
    for (const Digest &blob : blobs) {
        if (Status written = writeBlob(blob, u"blobs/sha256/"_s + blob.hex(), tar); !written)
            return written;
    }
    return {};
}

// An image chosen from a multi-platform index: the index as it was pulled or loaded, with every platform
// of it the store holds (the image's own among them); a platform the store lacks stays listed without its
// blobs, as `docker save --platform` leaves them. The index.json entry then names the index.
Result<Image::Descriptor> ImageArchiveWriter::writeOciIndex(const ImageRecord &image, const QList<ImageRecord> &stored,
                                                             Archive::TarWriter &tar)
{
    Result<QByteArray> bytes = m_store.content().read(image.index);
    if (!bytes)
        return std::unexpected(std::move(bytes.error()).withContext(Tr::tr("the index of %1").arg(image.id.toString())));
    Result<Image::ImageIndex> index = Image::ManifestParser::parseIndex(*bytes, QString(), image.index.toString());
    if (!index)
        return std::unexpected(index.error());
    if (Status written = writeBlob(image.index, u"blobs/sha256/"_s + image.index.hex(), tar); !written)
        return std::unexpected(written.error());
    if (Status written = writeImageBlobs(image, tar); !written)
        return std::unexpected(written.error());
    for (const Image::Descriptor &platform : std::as_const(index->manifests)) {
        const auto record = std::find_if(stored.cbegin(), stored.cend(),
                                         [&](const ImageRecord &r) { return r.manifest.digest == platform.digest; });
        if (record == stored.cend() || record->manifest.digest == image.manifest.digest)
            continue;
        if (Status written = writeImageBlobs(*record, tar); !written)
            return std::unexpected(written.error());
    }
    const QString mediaType = index->mediaType.isEmpty() ? Image::MediaType::OciIndex : index->mediaType;
    return Image::Descriptor{mediaType, image.index, qint64(bytes->size()), {}, {}, {}, {}};
}

Status ImageArchiveWriter::save(const QStringList &names, Format format, int fd, const QString &what)
{
    if (names.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("save needs at least one image"));
    Result<QList<Selected>> images = select(names);
    if (!images)
        return std::unexpected(images.error());
    Result<std::unique_ptr<Archive::TarWriter>> tar = Archive::TarWriter::open(fd, what);
    if (!tar)
        return std::unexpected(tar.error());
    m_written.clear();
    Status written = format == Format::OciArchive ? writeOci(*images, **tar) : writeDocker(*images, **tar);
    if (!written)
        return written;
    return (*tar)->finish();
}

Status ImageArchiveWriter::saveToFile(const QStringList &names, Format format, const QString &path)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile()) { // a device or a FIFO: written in place
        FdCloser out{::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC)};
        if (out.fd < 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot open %1").arg(path), u"open: "_s + errnoText(errno));
        return save(names, format, out.fd, path);
    }
    QTemporaryFile temporary(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX"_s);
    if (!temporary.open())
        return fail(ErrorCode::Internal, Tr::tr("cannot create %1").arg(path), temporary.errorString());
    temporary.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (Status saved = save(names, format, temporary.handle(), path); !saved)
        return saved;
    if (::fsync(temporary.handle()) != 0)
        return fail(ErrorCode::Internal, Tr::tr("cannot write %1").arg(path), u"fsync: "_s + errnoText(errno));
    if (Status renamed = AtomicFile::rename(temporary.fileName(), target.absoluteFilePath()); !renamed)
        return renamed;
    temporary.setAutoRemove(false);
    return {};
}

} // namespace Ponton::Store
