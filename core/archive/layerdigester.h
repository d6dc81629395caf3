#pragma once

#include "archive/archivecontrol.h"
#include "archive/decompressor.h"
#include "common/error.h"
#include "image/mediatypes.h"
#include "reference/digest.h"
#include "reference/sha256hasher.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace Ponton::Archive {

// What a layer blob is, once streamed through: its diff_id (sha256 of the uncompressed tar) and sizes.
struct LayerDigest {
    Image::MediaType::Compression compression = Image::MediaType::Compression::None;
    Digest diffId;
    qint64 uncompressedSize = 0;
    qint64 blobSize = 0;   // compressed bytes consumed
    Digest blobDigest;     // only when asked for (hashBlob)
};

// Streams a layer blob — plain tar, gzip (ISA-L, multi-member), zstd — and computes its diff_id and
// uncompressed size; a corrupt or truncated stream gives an InvalidArgument error naming the layer
// (`what`: its digest, or the archive entry it came from). Push bytes with write(), then finish().
class LayerDigester
{
public:
    using Compression = Image::MediaType::Compression;

    // Compression::Unknown: detected from the first bytes (gzip and zstd magic, otherwise plain tar).
    explicit LayerDigester(const QString &what, Compression compression = Compression::Unknown, bool hashBlob = false);
    ~LayerDigester();
    LayerDigester(const LayerDigester &) = delete;
    LayerDigester &operator=(const LayerDigester &) = delete;

    Status write(const char *data, qint64 size);
    Result<LayerDigest> finish();

    // Whole files, read in large chunks; cancellation checked between chunks.
    static Result<LayerDigest> digestFile(const QString &path, const QString &what,
                                          Compression compression = Compression::Unknown,
                                          const ArchiveControl &control = {});
    static Result<LayerDigest> digestFd(int fd, const QString &what, Compression compression = Compression::Unknown,
                                        const ArchiveControl &control = {});

private:
    Status start(QByteArrayView head);
    Status feed(const char *data, qint64 size);
    Error named(const Error &error) const;

    QString m_what;
    Compression m_compression;
    std::unique_ptr<Decompressor> m_decompressor;
    Sha256Hasher m_diffHasher;
    std::optional<Sha256Hasher> m_blobHasher;
    QByteArray m_head; // first bytes, kept until the compression is known
    qint64 m_blobSize = 0;
    ByteSink m_sink;
};

} // namespace Ponton::Archive
