#pragma once

#include "archive/bytesink.h"
#include "common/error.h"
#include "reference/digest.h"
#include "reference/sha256hasher.h"

#include <QByteArray>

#include <memory>

struct isal_zstream;

namespace Ponton::Archive {

// What compressing a layer gave: the diff_id and size of the input tar, the size of the gzip output.
struct CompressedLayer {
    Digest diffId;
    qint64 uncompressedSize = 0;
    qint64 compressedSize = 0;
};

// Fast streaming gzip: ISA-L's igzip at level 1 (several times zlib's level 1), for the layers commit and
// build make. Uncompressed tar in through write(), gzip out to the sink (a BlobWriter's write, which
// hashes it into the blob digest); the diff_id of the input is computed on the way.
class GzipCompressor
{
public:
    // Levels 0..3 as ISA-L numbers them; 1 is the fast default.
    explicit GzipCompressor(ByteSink sink, int level = 1);
    ~GzipCompressor();
    GzipCompressor(const GzipCompressor &) = delete;
    GzipCompressor &operator=(const GzipCompressor &) = delete;

    Status write(const char *data, qint64 size);
    Result<CompressedLayer> finish();

private:
    Status deflateChunk(const char *data, quint32 size, bool last);

    struct StreamDeleter { void operator()(isal_zstream *stream) const; };
    std::unique_ptr<isal_zstream, StreamDeleter> m_stream;
    QByteArray m_levelBuffer;
    QByteArray m_out;
    ByteSink m_sink;
    Sha256Hasher m_hasher;
    qint64 m_compressed = 0;
    bool m_finished = false;
};

} // namespace Ponton::Archive
