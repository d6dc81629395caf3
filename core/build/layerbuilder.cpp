#include "build/layerbuilder.h"

#include "archive/archivepath.h"
#include "archive/gzipcompressor.h"
#include "common/tr.h"
#include "image/mediatypes.h"
#include "store/imagestore.h"

#include <QFile>
#include <QUuid>

#include <archive.h>
#include <archive_entry.h>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

// libarchive's output, handed to the compressor; the first error is kept.
struct TarOutput {
    Archive::GzipCompressor *compressor = nullptr;
    std::optional<Error> error;
    qint64 written = 0;
};

la_ssize_t writeOut(struct archive *, void *client, const void *buffer, size_t length)
{
    auto *out = static_cast<TarOutput *>(client);
    if (Status written = out->compressor->write(static_cast<const char *>(buffer), qint64(length)); !written) {
        out->error = written.error();
        return -1;
    }
    out->written += qint64(length);
    return la_ssize_t(length);
}

class TarStream
{
public:
    explicit TarStream(TarOutput &output) : m_archive(archive_write_new())
    {
        archive_write_set_format_pax_restricted(m_archive);
        archive_write_set_bytes_per_block(m_archive, 0);
        archive_write_open(m_archive, &output, nullptr, writeOut, nullptr);
    }
    ~TarStream() { archive_write_free(m_archive); }

    Status header(const LayerEntry &entry, mode_t type, qint64 size)
    {
        struct archive_entry *header = archive_entry_new();
        auto freeHeader = qScopeGuard([header] { archive_entry_free(header); });
        const QString name = entry.type == LayerEntry::Type::Directory ? entry.path + u'/' : entry.path;
        archive_entry_set_pathname_utf8(header, name.toUtf8().constData());
        archive_entry_set_filetype(header, type);
        archive_entry_set_perm(header, entry.mode & 07777);
        archive_entry_set_uid(header, entry.uid);
        archive_entry_set_gid(header, entry.gid);
        archive_entry_set_mtime(header, entry.mtime, 0);
        archive_entry_set_size(header, type == AE_IFREG ? size : 0);
        if (type == AE_IFLNK)
            archive_entry_set_symlink_utf8(header, entry.linkTarget.toUtf8().constData());
        if (archive_write_header(m_archive, header) != ARCHIVE_OK)
            return error(entry.path);
        return {};
    }
    Status data(const char *bytes, qint64 size, const QString &path)
    {
        if (archive_write_data(m_archive, bytes, size_t(size)) != la_ssize_t(size))
            return error(path);
        return {};
    }
    Status finish()
    {
        if (archive_write_close(m_archive) != ARCHIVE_OK)
            return error(u"end of archive"_s);
        return {};
    }
    struct archive *handle() const { return m_archive; }

private:
    Status error(const QString &path) const
    {
        return fail(ErrorCode::Internal, Tr::tr("cannot write %1 into the layer").arg(path),
                    QString::fromUtf8(archive_error_string(m_archive)));
    }
    struct archive *m_archive;
};

Status writeFile(TarStream &tar, const LayerEntry &entry, const LayerBuilder::Canceled &canceled)
{
    if (entry.source.isEmpty() && !entry.open) {
        if (Status written = tar.header(entry, AE_IFREG, entry.data.size()); !written)
            return written;
        return tar.data(entry.data.constData(), entry.data.size(), entry.path);
    }
    QFile file(entry.source);
    if (entry.source.isEmpty()) {
        Result<Runtime::FileDescriptor> opened = entry.open();
        if (!opened)
            return std::unexpected(opened.error());
        if (!file.open(opened->release(), QIODevice::ReadOnly, QFileDevice::AutoCloseHandle))
            return fail(ErrorCode::Internal, Tr::tr("cannot read %1").arg(entry.path), file.errorString());
    } else if (!file.open(QIODevice::ReadOnly)) {
        return fail(ErrorCode::NotFound, Tr::tr("cannot read %1").arg(entry.source), file.errorString());
    }
    if (Status written = tar.header(entry, AE_IFREG, file.size()); !written)
        return written;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 left = file.size();
    while (left > 0) {
        if (canceled && canceled())
            return fail(ErrorCode::Canceled, Tr::tr("canceled"));
        const qint64 got = file.read(buffer.data(), qMin<qint64>(buffer.size(), left));
        if (got <= 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot read %1").arg(entry.source), file.errorString());
        if (Status written = tar.data(buffer.constData(), got, entry.path); !written)
            return written;
        left -= got;
    }
    return {};
}

// ADD of a local archive: its entries go under entry.path, names made safe, links kept inside.
Status writeArchive(TarStream &tar, const LayerEntry &entry, int *count)
{
    struct archive *reader = archive_read_new();
    auto freeReader = qScopeGuard([reader] { archive_read_free(reader); });
    archive_read_support_filter_all(reader);
    archive_read_support_format_tar(reader);
    archive_read_support_format_gnutar(reader);
    if (archive_read_open_filename(reader, QFile::encodeName(entry.source).constData(), 1 << 16) != ARCHIVE_OK)
        return fail(ErrorCode::InvalidArgument, Tr::tr("cannot read the archive %1").arg(entry.source),
                    QString::fromUtf8(archive_error_string(reader)));
    struct archive_entry *item = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader, &item);
        if (status == ARCHIVE_EOF)
            return {};
        if (status < ARCHIVE_WARN)
            return fail(ErrorCode::InvalidArgument, Tr::tr("the archive %1 is damaged").arg(entry.source),
                        QString::fromUtf8(archive_error_string(reader)));
        const QString raw = QString::fromUtf8(archive_entry_pathname(item));
        if (raw == u"." || raw == u"./")
            continue;
        Result<QString> name = Archive::ArchivePath::normalize(raw);
        if (!name)
            return fail(ErrorCode::InvalidArgument, Tr::tr("the archive %1 has an unsafe entry %2").arg(entry.source, raw));
        const QString prefix = entry.path.isEmpty() ? QString() : entry.path + u'/';
        archive_entry_set_pathname_utf8(item, (prefix + *name).toUtf8().constData());
        if (const char *hardlink = archive_entry_hardlink(item)) {
            Result<QString> target = Archive::ArchivePath::normalize(QString::fromUtf8(hardlink));
            if (!target)
                return fail(ErrorCode::InvalidArgument, Tr::tr("the archive %1 has an unsafe entry %2").arg(entry.source, raw));
            archive_entry_set_hardlink_utf8(item, (prefix + *target).toUtf8().constData());
        }
        if (archive_write_header(tar.handle(), item) != ARCHIVE_OK)
            return fail(ErrorCode::Internal, Tr::tr("cannot write %1 into the layer").arg(raw),
                        QString::fromUtf8(archive_error_string(tar.handle())));
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int read = ARCHIVE_OK;
        while ((read = archive_read_data_block(reader, &block, &size, &offset)) == ARCHIVE_OK) {
            if (Status written = tar.data(static_cast<const char *>(block), qint64(size), raw); !written)
                return written;
        }
        if (read != ARCHIVE_EOF)
            return fail(ErrorCode::InvalidArgument, Tr::tr("the archive %1 is truncated at %2").arg(entry.source, raw));
        ++*count;
    }
}

} // namespace

bool LayerBuilder::isArchive(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(512);
    if (head.startsWith("\x1f\x8b") || head.startsWith("BZh") || head.startsWith("\xfd" "7zXZ"))
        return true;
    return head.size() == 512 && head.mid(257, 5) == "ustar";
}

Result<BuiltLayer> LayerBuilder::write(const Store::ImageStore &store, const QList<LayerEntry> &entries,
                                       const Canceled &canceled)
{
    const QString ingest = u"build-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<std::unique_ptr<Store::BlobWriter>> writer = store.content().openWriter(ingest);
    if (!writer)
        return std::unexpected(writer.error());
    Store::BlobWriter &blob = **writer;
    auto discard = qScopeGuard([&blob] { blob.discard(); });
    Archive::GzipCompressor compressor([&blob](const char *data, qint64 size) { return blob.write(data, size); });
    TarOutput output{&compressor, {}, 0};
    BuiltLayer built;
    {
        TarStream tar(output);
        for (const LayerEntry &entry : entries) {
            Status written;
            switch (entry.type) {
            case LayerEntry::Type::Directory: written = tar.header(entry, AE_IFDIR, 0); break;
            case LayerEntry::Type::Symlink: written = tar.header(entry, AE_IFLNK, 0); break;
            case LayerEntry::Type::File: written = writeFile(tar, entry, canceled); break;
            case LayerEntry::Type::Archive: written = writeArchive(tar, entry, &built.entries); break;
            }
            if (!written)
                return std::unexpected(output.error ? *output.error : written.error());
            ++built.entries;
        }
        if (Status finished = tar.finish(); !finished)
            return std::unexpected(output.error ? *output.error : finished.error());
    }
    Result<Archive::CompressedLayer> compressed = compressor.finish();
    if (!compressed)
        return std::unexpected(compressed.error());
    Result<Digest> digest = blob.commit();
    if (!digest)
        return std::unexpected(digest.error());
    discard.dismiss();
    built.descriptor.mediaType = Image::MediaType::OciLayerGzip;
    built.descriptor.digest = *digest;
    built.descriptor.size = compressed->compressedSize;
    built.diffId = compressed->diffId;
    built.uncompressedSize = compressed->uncompressedSize;
    return built;
}

} // namespace Ponton::Build
