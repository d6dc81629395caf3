#pragma once

#include "common/error.h"
#include "reference/digest.h"
#include "reference/sha256hasher.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Ponton::Store {

// Writes one blob into the content store: bytes go to an ingest file (`<root>/ingest/<key>`) and are
// hashed as they are written (a large blob's writeback starts as it grows); commit() verifies the digest
// and the size, fsyncs and renames the file
// into `blobs/sha256/`. A writer destroyed without commit() leaves its ingest file, so a later writer
// with the same key can resume it (a download continues with an HTTP Range from offset()).
class BlobWriter
{
public:
    // Opens the ingest `key` (letters, digits, '-', '_', '.'). With `resume`, an existing ingest file
    // is kept and rehashed, and writing continues at its end; without, it is truncated.
    static Result<std::unique_ptr<BlobWriter>> open(const QString &storeRoot, const QString &key, bool resume);
    ~BlobWriter();
    BlobWriter(const BlobWriter &) = delete;
    BlobWriter &operator=(const BlobWriter &) = delete;

    qint64 offset() const { return m_written; }
    // The bytes of offset() already in the file (the rest waits in the write buffer until flush()).
    qint64 flushedOffset() const { return m_written - m_buffer.size(); }
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }

    // Verifies (when given) the expected digest and size, makes the blob durable and visible.
    // On a mismatch the ingest file is deleted and DigestMismatch returned: nothing enters the store.
    Result<Digest> commit(const std::optional<Digest> &expected = std::nullopt, qint64 expectedSize = -1);
    // Drops the ingest file.
    void discard();
    // Writes the buffered bytes to the file (not fsynced), so a reader of the file sees offset() bytes.
    Status flush();

private:
    BlobWriter(QString storeRoot, QString path, int fd);
    Status rehashExisting();

    QString m_storeRoot;
    QString m_path;
    int m_fd = -1;
    qint64 m_written = 0;
    qint64 m_writebackFrom = 0;  // the file's bytes from here on were not handed to the disk's writeback yet
    QByteArray m_buffer;
    Sha256Hasher m_hasher;
};

} // namespace Ponton::Store
