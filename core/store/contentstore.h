#pragma once

#include "common/error.h"
#include "reference/digest.h"
#include "store/blobwriter.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace Ponton::Store {

// Blobs by digest under `<root>/blobs/sha256/<hex>` (the OCI image layout). Blobs are immutable and
// appear only complete and verified (BlobWriter). Thread-safe: it holds no mutable state.
class ContentStore
{
public:
    static constexpr qint64 MaxMetadataSize = 4 * 1024 * 1024; // manifests, indexes, configs

    explicit ContentStore(const QString &root) : m_root(root) {}

    QString root() const { return m_root; }
    QString blobPath(const Digest &digest) const;
    bool contains(const Digest &digest) const;
    // Size in bytes, or NotFound.
    Result<qint64> size(const Digest &digest) const;

    // Reads a whole small blob and checks its digest (and its size against maxSize).
    Result<QByteArray> read(const Digest &digest, qint64 maxSize = MaxMetadataSize) const;
    // Writes a whole small blob; with `expected`, refuses data whose digest differs.
    Result<Digest> write(const QByteArray &data, const std::optional<Digest> &expected = std::nullopt) const;
    Result<std::unique_ptr<BlobWriter>> openWriter(const QString &ingestKey, bool resume = false) const;

    // Rehashes a blob from disk: DigestMismatch when its content no longer matches its name.
    Status verify(const Digest &digest) const;
    Result<QList<Digest>> list() const;
    Status remove(const Digest &digest) const;
    // Ingest files left by interrupted writes (resumable downloads, killed loads).
    QStringList ingests() const;
    void removeIngest(const QString &key) const;

private:
    QString m_root;
};

} // namespace Ponton::Store
