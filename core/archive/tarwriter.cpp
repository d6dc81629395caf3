#include "archive/tarwriter.h"

#include "common/atomicfile.h"
#include "common/tr.h"

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {
struct EntryDeleter { void operator()(archive_entry *entry) const { archive_entry_free(entry); } };
} // namespace

TarWriter::TarWriter(int fd, QString what) : m_fd(fd), m_what(std::move(what)) {}

TarWriter::~TarWriter()
{
    if (m_archive)
        archive_write_free(m_archive);
}

Result<std::unique_ptr<TarWriter>> TarWriter::open(int fd, const QString &what)
{
    std::unique_ptr<TarWriter> writer(new TarWriter(fd, what));
    writer->m_archive = archive_write_new();
    archive_write_set_format_pax_restricted(writer->m_archive);
    // Unblocked: data goes straight to the descriptor, no copy into 10 KiB records; the tar still ends
    // with its two zero blocks.
    archive_write_set_bytes_per_block(writer->m_archive, 0);
    if (archive_write_open(writer->m_archive, writer.get(), nullptr, &TarWriter::writeCallback, nullptr) != ARCHIVE_OK)
        return std::unexpected(writer->archiveError(QString()));
    return writer;
}

long TarWriter::writeCallback(archive *, void *client, const void *buffer, size_t length)
{
    return static_cast<TarWriter *>(client)->writeOut(buffer, length);
}

long TarWriter::writeOut(const void *buffer, size_t length)
{
    const char *p = static_cast<const char *>(buffer);
    size_t left = length;
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            m_ioError = Error{ErrorCode::Internal, Tr::tr("cannot write archive %1").arg(m_what), u"write: "_s + errnoText(errno)};
            archive_set_error(m_archive, errno, "write failed");
            return -1;
        }
        p += n;
        left -= size_t(n);
    }
    m_written += qint64(length);
    return long(length);
}

Error TarWriter::archiveError(const QString &name) const
{
    if (m_ioError)
        return *m_ioError;
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    const QString message = name.isEmpty() ? Tr::tr("cannot write archive %1").arg(m_what)
                                           : Tr::tr("cannot write entry \"%1\" of archive %2").arg(name, m_what);
    return Error{ErrorCode::Internal, message, text ? QString::fromUtf8(text) : u"libarchive error"_s};
}

Status TarWriter::header(const QString &name, unsigned type, qint64 size, const QString &linkTarget)
{
    std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
    const QByteArray path = name.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), path.constData());
    archive_entry_set_filetype(entry.get(), type);
    archive_entry_set_perm(entry.get(), type == AE_IFREG ? 0644 : 0755);
    archive_entry_set_size(entry.get(), type == AE_IFREG ? size : 0);
    const QByteArray target = linkTarget.toUtf8();
    if (type == AE_IFLNK)
        archive_entry_set_symlink_utf8(entry.get(), target.constData());
    archive_entry_set_mtime(entry.get(), 0, 0);
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK)
        return std::unexpected(archiveError(name));
    return {};
}

Status TarWriter::addDirectory(const QString &name)
{
    return header(name.endsWith(u'/') ? name : name + u'/', AE_IFDIR, 0);
}

Status TarWriter::addSymlink(const QString &name, const QString &target)
{
    return header(name, AE_IFLNK, 0, target);
}

Status TarWriter::addData(const QString &name, const QByteArray &data)
{
    return addFile(name, data.size(), [&data](const ByteSink &sink) { return sink(data.constData(), data.size()); });
}

Status TarWriter::addFile(const QString &name, qint64 size, const Producer &produce)
{
    if (Status written = header(name, AE_IFREG, size); !written)
        return written;
    qint64 produced = 0;
    const ByteSink sink = [&](const char *data, qint64 length) -> Status {
        if (produced + length > size)
            return fail(ErrorCode::Internal, Tr::tr("entry \"%1\" of archive %2 grew beyond its declared %3 bytes")
                                                 .arg(name, m_what).arg(size));
        if (archive_write_data(m_archive, data, size_t(length)) != la_ssize_t(length))
            return std::unexpected(archiveError(name));
        produced += length;
        return {};
    };
    if (Status done = produce(sink); !done)
        return done;
    if (produced != size)
        return fail(ErrorCode::Internal, Tr::tr("entry \"%1\" of archive %2 has %3 bytes, %4 were declared")
                                             .arg(name, m_what).arg(produced).arg(size));
    if (archive_write_finish_entry(m_archive) != ARCHIVE_OK)
        return std::unexpected(archiveError(name));
    return {};
}

Status TarWriter::finish()
{
    if (m_finished)
        return {};
    m_finished = true;
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return std::unexpected(archiveError(QString()));
    return {};
}

} // namespace Ponton::Archive
