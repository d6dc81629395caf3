#include "store/blobwriter.h"

#include "common/atomicfile.h"
#include "common/tr.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

namespace {
constexpr qint64 BufferSize = 1 << 20;
// Every WritebackStep bytes in the file, the disk is asked to start writing them (not waited for), so
// that commit()'s fsync finds most of a large blob already written instead of writing it all then.
constexpr qint64 WritebackStep = 8 << 20;

bool isSafeKey(const QString &key)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$"_s);
    return pattern.match(key).hasMatch();
}
} // namespace

Result<std::unique_ptr<BlobWriter>> BlobWriter::open(const QString &storeRoot, const QString &key, bool resume)
{
    if (!isSafeKey(key))
        return fail(ErrorCode::InvalidArgument, Tr::tr("invalid ingest name \"%1\"").arg(key));
    const QString dir = storeRoot + u"/ingest"_s;
    if (Status made = AtomicFile::makePath(dir); !made)
        return std::unexpected(made.error());
    const QString path = dir + u'/' + key;
    const int flags = O_RDWR | O_CREAT | O_CLOEXEC | (resume ? 0 : O_TRUNC);
    const int fd = ::open(QFile::encodeName(path).constData(), flags, 0644);
    if (fd < 0)
        return fail(ErrorCode::Internal, Tr::tr("cannot create ingest file %1").arg(path), u"open: "_s + errnoText(errno));
    std::unique_ptr<BlobWriter> writer(new BlobWriter(storeRoot, path, fd));
    if (resume) {
        if (Status rehashed = writer->rehashExisting(); !rehashed)
            return std::unexpected(rehashed.error());
    }
    return writer;
}

BlobWriter::BlobWriter(QString storeRoot, QString path, int fd)
    : m_storeRoot(std::move(storeRoot)), m_path(std::move(path)), m_fd(fd)
{
    m_buffer.reserve(BufferSize);
}

BlobWriter::~BlobWriter()
{
    if (m_fd >= 0) {
        (void)flush();
        ::close(m_fd);
    }
}

Status BlobWriter::rehashExisting()
{
    QByteArray chunk(BufferSize, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::read(m_fd, chunk.data(), size_t(chunk.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot read ingest file %1").arg(m_path), u"read: "_s + errnoText(errno));
        if (n == 0)
            return {};
        m_hasher.addData(chunk.constData(), size_t(n));
        m_written += n;
        m_writebackFrom = m_written;
    }
}

Status BlobWriter::write(const char *data, qint64 size)
{
    if (m_fd < 0)
        return fail(ErrorCode::Internal, Tr::tr("write to a closed blob writer (%1)").arg(m_path));
    m_hasher.addData(data, size_t(size));
    m_written += size;
    if (size >= BufferSize) {
        if (Status flushed = flush(); !flushed)
            return flushed;
        m_buffer.append(data, size);
        return flush();
    }
    m_buffer.append(data, size);
    if (m_buffer.size() >= BufferSize)
        return flush();
    return {};
}

Status BlobWriter::flush()
{
    const char *p = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot write ingest file %1").arg(m_path), u"write: "_s + errnoText(errno));
        p += n;
        left -= n;
    }
    m_buffer.clear();
    if (m_written - m_writebackFrom >= WritebackStep) {
        (void)::sync_file_range(m_fd, m_writebackFrom, m_written - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
        m_writebackFrom = m_written;
    }
    return {};
}

Result<Digest> BlobWriter::commit(const std::optional<Digest> &expected, qint64 expectedSize)
{
    if (Status flushed = flush(); !flushed) {
        discard();
        return std::unexpected(flushed.error());
    }
    const qint64 size = m_written;
    const Digest actual = m_hasher.finish();
    if ((expected && *expected != actual) || (expectedSize >= 0 && expectedSize != size)) {
        discard();
        const QString want = expected ? expected->toString() : actual.toString();
        return fail(ErrorCode::DigestMismatch,
                    Tr::tr("blob %1 failed verification: got %2 (%3 bytes), expected %1 (%4 bytes)")
                        .arg(want, actual.toString(), QString::number(size),
                             expectedSize >= 0 ? QString::number(expectedSize) : QString::number(size)));
    }
    if (::fsync(m_fd) != 0) {
        const int saved = errno;
        discard();
        return fail(ErrorCode::Internal, Tr::tr("cannot write blob %1").arg(actual.toString()), u"fsync: "_s + errnoText(saved));
    }
    ::close(m_fd);
    m_fd = -1;
    const QString dir = m_storeRoot + u"/blobs/sha256"_s;
    if (Status made = AtomicFile::makePath(dir); !made)
        return std::unexpected(made.error());
    if (Status renamed = AtomicFile::rename(m_path, dir + u'/' + actual.hex()); !renamed) {
        ::unlink(QFile::encodeName(m_path).constData());
        return std::unexpected(std::move(renamed.error()).withContext(u"rename temporary blob"_s));
    }
    return actual;
}

void BlobWriter::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_buffer.clear();
    ::unlink(QFile::encodeName(m_path).constData());
}

} // namespace Ponton::Store
