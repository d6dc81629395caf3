#pragma once

// Reads a layer blob as a tar stream: the blob is decompressed as its media type says and nothing else
// (gzip by GzipStream, zstd by libarchive's filter, plain tar as it is), a libarchive reader parses the
// tar from those bytes, and every uncompressed byte is hashed on the way so the diff_id is known when
// the stream ends.

#include "result.h"
#include "sha256stream.h"

#include <memory>
#include <string>
#include <vector>

struct archive;
struct archive_entry;

namespace ponton::helper { class GzipStream; }

namespace ponton::helper {

class LayerReader
{
public:
    static Result<std::unique_ptr<LayerReader>> open(int blobFd, const std::string &mediaType);
    ~LayerReader();

    // Next tar entry, nullptr at the end of the archive.
    Result<archive_entry *> next();
    archive *tar() const { return m_inner; }
    // Reads what follows the end-of-archive marker and returns the diff_id's hex.
    Result<std::string> finish();
    std::uint64_t uncompressedBytes() const { return m_hash.bytes(); }

private:
    LayerReader() = default;
    // Opens the tar reader over the decompressed bytes.
    static Result<std::unique_ptr<LayerReader>> openTar(std::unique_ptr<LayerReader> reader);
    Result<std::size_t> readDecompressed();
    static long readCallback(archive *, void *self, const void **buffer);

    std::unique_ptr<GzipStream> m_gzip;
    archive *m_outer = nullptr;  // zstd and plain blobs
    archive *m_inner = nullptr;
    Sha256Stream m_hash;
    std::vector<char> m_buffer = std::vector<char>(256 * 1024);
    std::string m_outerError;
};

} // namespace ponton::helper
