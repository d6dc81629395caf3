#pragma once

#include "archive/bytesink.h"
#include "common/error.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

struct archive;

namespace Ponton::Archive {

// Writes a tar (POSIX pax, plain ustar when names fit) to a file descriptor through libarchive, with
// reproducible headers: mtime 0, owner 0:0, mode 0644 for files and 0755 for folders. Data is streamed:
// addFile() declares the size and the producer pushes exactly that many bytes.
class TarWriter
{
public:
    using Producer = std::function<Status(const ByteSink &sink)>;

    // Does not take ownership of `fd`. `what` names the output in errors.
    static Result<std::unique_ptr<TarWriter>> open(int fd, const QString &what);
    ~TarWriter();
    TarWriter(const TarWriter &) = delete;
    TarWriter &operator=(const TarWriter &) = delete;

    Status addDirectory(const QString &name);
    Status addData(const QString &name, const QByteArray &data);
    Status addFile(const QString &name, qint64 size, const Producer &produce);
    Status addSymlink(const QString &name, const QString &target);
    // Writes the end-of-archive blocks and flushes.
    Status finish();
    qint64 bytesWritten() const { return m_written; }

private:
    TarWriter(int fd, QString what);
    static long writeCallback(archive *a, void *client, const void *buffer, size_t length);
    long writeOut(const void *buffer, size_t length);
    Status header(const QString &name, unsigned type, qint64 size, const QString &linkTarget = {});
    Error archiveError(const QString &name) const;

    int m_fd;
    QString m_what;
    archive *m_archive = nullptr;
    qint64 m_written = 0;
    std::optional<Error> m_ioError;
    bool m_finished = false;
};

} // namespace Ponton::Archive
