#include "layerreader.h"

#include "gzipstream.h"

#include <archive.h>
#include <archive_entry.h>

namespace ponton::helper {

namespace {

enum class Compression { None, Gzip, Zstd, Unknown };

Compression compressionFor(const std::string &mediaType)
{
    if (mediaType == "application/vnd.oci.image.layer.v1.tar"
        || mediaType == "application/vnd.oci.image.layer.nondistributable.v1.tar"
        || mediaType == "application/vnd.docker.image.rootfs.diff.tar")
        return Compression::None;
    if (mediaType == "application/vnd.oci.image.layer.v1.tar+gzip"
        || mediaType == "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip"
        || mediaType == "application/vnd.docker.image.rootfs.diff.tar.gzip"
        || mediaType == "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip")
        return Compression::Gzip;
    if (mediaType == "application/vnd.oci.image.layer.v1.tar+zstd"
        || mediaType == "application/vnd.oci.image.layer.nondistributable.v1.tar+zstd")
        return Compression::Zstd;
    return Compression::Unknown;
}

int enableFilter(archive *outer, Compression compression)
{
    switch (compression) {
    case Compression::Gzip: return archive_read_support_filter_gzip(outer);
    case Compression::Zstd: return archive_read_support_filter_zstd(outer);
    default: return archive_read_support_filter_none(outer);
    }
}

} // namespace

Result<std::unique_ptr<LayerReader>> LayerReader::open(int blobFd, const std::string &mediaType)
{
    const Compression compression = compressionFor(mediaType);
    if (compression == Compression::Unknown)
        return fail("InvalidArgument", "unsupported layer media type '%.200s'", mediaType.c_str());
    std::unique_ptr<LayerReader> reader(new LayerReader);
    if (compression == Compression::Gzip) {
        auto gzip = GzipStream::open(blobFd);
        if (!gzip)
            return std::unexpected(gzip.error());
        reader->m_gzip = std::move(*gzip);
        return openTar(std::move(reader));
    }
    reader->m_outer = archive_read_new();
    if (enableFilter(reader->m_outer, compression) != ARCHIVE_OK
        || archive_read_support_format_raw(reader->m_outer) != ARCHIVE_OK)
        return fail("Internal", "libarchive cannot read %s", mediaType.c_str());
    if (archive_read_open_fd(reader->m_outer, blobFd, 256 * 1024) != ARCHIVE_OK)
        return fail("InvalidArgument", "open layer blob: %s", archive_error_string(reader->m_outer));
    archive_entry *raw = nullptr;
    if (archive_read_next_header(reader->m_outer, &raw) != ARCHIVE_OK)
        return fail("InvalidArgument", "read layer blob: %s", archive_error_string(reader->m_outer));
    if (compression != Compression::None && archive_filter_count(reader->m_outer) < 2)
        return fail("InvalidArgument", "layer blob is not compressed as its media type %s says", mediaType.c_str());
    return openTar(std::move(reader));
}

Result<std::unique_ptr<LayerReader>> LayerReader::openTar(std::unique_ptr<LayerReader> reader)
{
    reader->m_inner = archive_read_new();
    archive_read_support_format_tar(reader->m_inner);
    archive_read_support_filter_none(reader->m_inner);
    if (archive_read_open(reader->m_inner, reader.get(), nullptr, &LayerReader::readCallback, nullptr) != ARCHIVE_OK) {
        if (!reader->m_outerError.empty())
            return fail("InvalidArgument", "decompress layer: %s", reader->m_outerError.c_str());
        return fail("InvalidArgument", "layer is not a tar archive: %s", archive_error_string(reader->m_inner));
    }
    return reader;
}

Result<std::size_t> LayerReader::readDecompressed()
{
    if (m_gzip)
        return m_gzip->read(m_buffer.data(), m_buffer.size());
    const la_ssize_t n = archive_read_data(m_outer, m_buffer.data(), m_buffer.size());
    if (n < 0)
        return fail("InvalidArgument", "%s", archive_error_string(m_outer) ? archive_error_string(m_outer) : "?");
    return std::size_t(n);
}

LayerReader::~LayerReader()
{
    if (m_inner)
        archive_read_free(m_inner);
    if (m_outer)
        archive_read_free(m_outer);
}

long LayerReader::readCallback(archive *tar, void *self, const void **buffer)
{
    auto *reader = static_cast<LayerReader *>(self);
    auto n = reader->readDecompressed();
    if (!n) {
        // Whoever reads the tar next (an entry's data, the next header) reports this message.
        reader->m_outerError = n.error().message;
        archive_set_error(tar, EIO, "decompress layer: %s", reader->m_outerError.c_str());
        return -1;
    }
    reader->m_hash.add(reader->m_buffer.data(), *n);
    *buffer = reader->m_buffer.data();
    return long(*n);
}

Result<archive_entry *> LayerReader::next()
{
    archive_entry *entry = nullptr;
    const int status = archive_read_next_header(m_inner, &entry);
    if (status == ARCHIVE_EOF)
        return nullptr;
    if (status == ARCHIVE_OK || status == ARCHIVE_WARN)
        return entry;
    if (!m_outerError.empty())
        return fail("InvalidArgument", "decompress layer: %s", m_outerError.c_str());
    return fail("InvalidArgument", "read tar entry: %s", archive_error_string(m_inner));
}

Result<std::string> LayerReader::finish()
{
    for (;;) {
        auto n = readDecompressed();
        if (!n)
            return fail("InvalidArgument", "decompress layer: %s", n.error().message.c_str());
        if (*n == 0)
            break;
        m_hash.add(m_buffer.data(), *n);
    }
    return m_hash.hex();
}

} // namespace ponton::helper
