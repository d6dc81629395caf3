#include "archive/tarreader.h"

#include "archive/archivepath.h"
#include "common/atomicfile.h"
#include "common/tr.h"

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {
constexpr qsizetype InputSize = 1 << 20;
constexpr qsizetype MagicSize = 4;

QString entryPath(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char *raw = archive_entry_pathname(entry);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}

QString linkPath(const char *utf8, const char *raw)
{
    if (utf8)
        return QString::fromUtf8(utf8);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}
} // namespace

TarReader::TarReader(int fd, QString archiveName) : m_fd(fd), m_name(std::move(archiveName)) {}

TarReader::~TarReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

Result<std::unique_ptr<TarReader>> TarReader::open(int fd, const QString &archiveName)
{
    std::unique_ptr<TarReader> reader(new TarReader(fd, archiveName));
    if (Status sniffed = reader->sniff(); !sniffed)
        return std::unexpected(sniffed.error());
    reader->m_archive = archive_read_new();
    archive_read_support_format_tar(reader->m_archive);
    archive_read_support_filter_all(reader->m_archive);
    if (archive_read_open(reader->m_archive, reader.get(), nullptr, &TarReader::readCallback, nullptr) != ARCHIVE_OK)
        return std::unexpected(reader->archiveError(QString()));
    return reader;
}

Result<qint64> TarReader::readRaw(char *data, qint64 size)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot read archive %1").arg(m_name), u"read: "_s + errnoText(errno));
        m_bytesRead += n;
        return qint64(n);
    }
}

// Reads the first bytes to choose the decompressor; they stay in m_in for the first fill().
Status TarReader::sniff()
{
    m_in = QByteArray(InputSize, Qt::Uninitialized);
    while (m_inPending < MagicSize) {
        Result<qint64> n = readRaw(m_in.data() + m_inPending, m_in.size() - m_inPending);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0) {
            m_eof = true;
            break;
        }
        m_inPending += *n;
    }
    if (m_inPending == 0)
        return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1 is empty").arg(m_name));
    m_compression = Decompressor::detect(QByteArrayView(m_in.constData(), m_inPending));
    m_decompressor = Decompressor::create(m_compression);
    return {};
}

long TarReader::readCallback(archive *, void *client, const void **buffer)
{
    return static_cast<TarReader *>(client)->fill(buffer);
}

long TarReader::fill(const void **buffer)
{
    const bool passThrough = m_compression == Decompressor::Compression::None;
    m_out.clear();
    const ByteSink append = [this](const char *data, qint64 size) -> Status {
        m_out.append(data, size);
        return {};
    };
    while (m_out.isEmpty()) {
        qint64 got = std::exchange(m_inPending, 0);
        if (got == 0 && !m_eof) {
            Result<qint64> n = readRaw(m_in.data(), m_in.size());
            if (!n) {
                m_streamError = n.error();
                archive_set_error(m_archive, EIO, "%s", qPrintable(n.error().detail));
                return -1;
            }
            got = *n;
            m_eof = got == 0;
        }
        if (got == 0)
            break;
        if (passThrough) {
            *buffer = m_in.constData();
            return long(got);
        }
        if (Status written = m_decompressor->write(m_in.constData(), got, append); !written) {
            m_streamError = written.error();
            archive_set_error(m_archive, EINVAL, "%s", qPrintable(written.error().message));
            return -1;
        }
    }
    if (m_out.isEmpty() && m_eof && !passThrough && !m_streamFinished) {
        m_streamFinished = true;
        if (Status finished = m_decompressor->finish(append); !finished) {
            m_streamError = finished.error();
            archive_set_error(m_archive, EINVAL, "%s", qPrintable(finished.error().message));
            return -1;
        }
    }
    *buffer = m_out.constData();
    return long(m_out.size());
}

Error TarReader::archiveError(const QString &what) const
{
    const QString where = what.isEmpty() ? m_name : Tr::tr("%1, entry \"%2\"").arg(m_name, what);
    if (m_streamError) {
        Error error = *m_streamError;
        error.message = Tr::tr("archive %1: %2").arg(where, error.message);
        return error;
    }
    const char *text = m_archive ? archive_error_string(m_archive) : nullptr;
    return Error{ErrorCode::InvalidArgument, Tr::tr("archive %1 is truncated or corrupt").arg(where),
                 text ? QString::fromUtf8(text) : u"libarchive error"_s};
}

Result<TarEntry> TarReader::entryFrom(void *handle) const
{
    auto *entry = static_cast<archive_entry *>(handle);
    const QString raw = entryPath(entry);
    Result<QString> name = ArchivePath::normalize(raw);
    if (!name)
        return std::unexpected(name.error());
    TarEntry result;
    result.name = *name;
    result.size = archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : 0;
    if (const char *hardlink = archive_entry_hardlink(entry)) {
        result.type = TarEntry::Type::Hardlink;
        Result<QString> target = ArchivePath::normalize(linkPath(archive_entry_hardlink_utf8(entry), hardlink));
        if (!target || target->isEmpty())
            return fail(ErrorCode::InvalidArgument, Tr::tr("entry \"%1\" of the archive is a hard link outside the archive").arg(raw));
        result.linkTarget = *target;
        return result;
    }
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG: result.type = TarEntry::Type::File; break;
    case AE_IFDIR: result.type = TarEntry::Type::Directory; break;
    case AE_IFLNK: {
        result.type = TarEntry::Type::Symlink;
        const QString target = linkPath(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry));
        Result<QString> resolved = ArchivePath::resolveSymlink(result.name, target);
        if (!resolved)
            return std::unexpected(resolved.error());
        result.linkTarget = *resolved;
        break;
    }
    default: result.type = TarEntry::Type::Other; break;
    }
    return result;
}

Result<std::optional<TarEntry>> TarReader::next()
{
    archive_entry *entry = nullptr;
    const int rc = archive_read_next_header(m_archive, &entry);
    if (rc == ARCHIVE_EOF) {
        if (m_entries == 0)
            return fail(ErrorCode::InvalidArgument, Tr::tr("archive %1 holds no entries").arg(m_name));
        return std::optional<TarEntry>();
    }
    if (rc < ARCHIVE_WARN)
        return std::unexpected(archiveError(m_current.isEmpty() ? QString() : Tr::tr("after %1").arg(m_current)));
    Result<TarEntry> parsed = entryFrom(entry);
    if (!parsed)
        return std::unexpected(std::move(parsed.error()).withContext(u"archive "_s + m_name));
    ++m_entries;
    m_current = parsed->name;
    return std::optional<TarEntry>(*parsed);
}

Status TarReader::readData(const ByteSink &sink)
{
    static const QByteArray zeros(64 * 1024, '\0');
    la_int64_t expected = 0;
    for (;;) {
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(m_archive, &block, &size, &offset);
        if (rc == ARCHIVE_EOF)
            return {};
        if (rc < ARCHIVE_WARN)
            return std::unexpected(archiveError(m_current));
        for (; expected < offset; expected += qMin<la_int64_t>(offset - expected, zeros.size())) {
            if (Status hole = sink(zeros.constData(), qMin<la_int64_t>(offset - expected, zeros.size())); !hole)
                return hole;
        }
        if (size > 0) {
            if (Status written = sink(static_cast<const char *>(block), qint64(size)); !written)
                return written;
        }
        expected = offset + la_int64_t(size);
    }
}

} // namespace Ponton::Archive
