#pragma once

#include "archive/bytesink.h"
#include "common/error.h"
#include "image/mediatypes.h"

#include <QByteArrayView>

#include <memory>

namespace Ponton::Archive {

// A streaming decompressor: compressed bytes in through write(), decompressed bytes out to a sink.
// finish() reports a stream that ended early (truncated). Errors are InvalidArgument with a generic
// message ("corrupt gzip stream …"); the caller names the object (layer digest, archive entry).
class Decompressor
{
public:
    using Compression = Image::MediaType::Compression;

    virtual ~Decompressor() = default;
    virtual Status write(const char *data, qint64 size, const ByteSink &out) = 0;
    virtual Status finish(const ByteSink &out) = 0;
    // Compressed bytes consumed so far.
    virtual qint64 bytesIn() const = 0;

    // None gives a pass-through; Unknown gives nullptr.
    static std::unique_ptr<Decompressor> create(Compression compression);
    // From the first bytes of a stream: gzip (1f 8b), zstd (28 b5 2f fd), otherwise None.
    static Compression detect(QByteArrayView head);
    static QString compressionName(Compression compression);
};

} // namespace Ponton::Archive
