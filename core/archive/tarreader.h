#pragma once

#include "archive/bytesink.h"
#include "archive/decompressor.h"
#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

struct archive;

namespace Ponton::Archive {

// One entry of a tar, its name already made safe (ArchivePath::normalize).
struct TarEntry {
    enum class Type { File, Directory, Symlink, Hardlink, Other };
    QString name;
    Type type = Type::Other;
    QString linkTarget; // Symlink, Hardlink: the archive path it designates (resolved, inside the archive)
    qint64 size = 0;
};

// Reads a tar sequentially from a file descriptor (a file, a pipe, stdin), through libarchive.
// The outer compression is detected from the first bytes: gzip is inflated by ISA-L and zstd by libzstd
// before libarchive sees the stream; other filters libarchive knows (xz, bzip2) are left to it.
// Every error names the archive and, once headers are read, the entry.
class TarReader
{
public:
    // Does not take ownership of `fd`. `archiveName` names the archive in errors ("image.tar", "stdin").
    static Result<std::unique_ptr<TarReader>> open(int fd, const QString &archiveName);
    ~TarReader();
    TarReader(const TarReader &) = delete;
    TarReader &operator=(const TarReader &) = delete;

    // The next entry, or nullopt at the end of the archive. Unsafe names are an error.
    Result<std::optional<TarEntry>> next();
    // Streams the data of the current entry (regular files) into `sink`; sparse holes become zeros.
    Status readData(const ByteSink &sink);

    QString archiveName() const { return m_name; }
    // Raw bytes read from the file descriptor so far.
    qint64 bytesRead() const { return m_bytesRead; }
    Decompressor::Compression outerCompression() const { return m_compression; }

private:
    explicit TarReader(int fd, QString archiveName);
    static long readCallback(archive *a, void *client, const void **buffer);
    long fill(const void **buffer);
    Result<qint64> readRaw(char *data, qint64 size);
    Status sniff();
    Error archiveError(const QString &what) const;
    Result<TarEntry> entryFrom(void *entry) const;

    int m_fd;
    QString m_name;
    archive *m_archive = nullptr;
    std::unique_ptr<Decompressor> m_decompressor;
    Decompressor::Compression m_compression = Decompressor::Compression::None;
    QByteArray m_in;
    qsizetype m_inPending = 0; // sniffed bytes in m_in not yet handed on
    QByteArray m_out;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_streamFinished = false;
    std::optional<Error> m_streamError;
    QString m_current; // name of the current entry, for errors
    int m_entries = 0;
};

} // namespace Ponton::Archive
