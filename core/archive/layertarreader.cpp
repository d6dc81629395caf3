#include "archive/layertarreader.h"

#include "common/tr.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;

namespace Ponton::Archive {

namespace {

QString entryName(const char *utf8, const char *raw)
{
    if (utf8)
        return QString::fromUtf8(utf8);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}

LayerEntry::Type typeOf(archive_entry *entry)
{
    switch (archive_entry_filetype(entry)) {
    case AE_IFREG: return LayerEntry::Type::File;
    case AE_IFDIR: return LayerEntry::Type::Directory;
    case AE_IFLNK: return LayerEntry::Type::Symlink;
    default: return LayerEntry::Type::Other;
    }
}

} // namespace

LayerTarReader::LayerTarReader(QString layerName) : m_name(std::move(layerName)) {}

LayerTarReader::~LayerTarReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

Result<std::unique_ptr<LayerTarReader>> LayerTarReader::open(const QString &path, const QString &layerName)
{
    std::unique_ptr<LayerTarReader> reader(new LayerTarReader(layerName));
    reader->m_archive = archive_read_new();
    archive_read_support_filter_all(reader->m_archive);
    archive_read_support_format_tar(reader->m_archive);
    archive_read_support_format_empty(reader->m_archive);
    if (archive_read_open_filename(reader->m_archive, QFile::encodeName(path).constData(), 256 * 1024) != ARCHIVE_OK)
        return std::unexpected(reader->archiveError(Tr::tr("cannot open layer %1").arg(layerName)));
    return reader;
}

Error LayerTarReader::archiveError(const QString &what) const
{
    const char *text = archive_error_string(m_archive);
    QString message = m_current.isEmpty() ? Tr::tr("cannot read layer %1").arg(m_name)
                                          : Tr::tr("cannot read layer %1 at entry \"%2\"").arg(m_name, m_current);
    if (!what.isEmpty())
        message = what;
    return Error{ErrorCode::InvalidArgument, message, text ? QString::fromUtf8(text) : QString()};
}

Result<QString> LayerTarReader::normalize(const QString &name)
{
    if (name.contains(QChar(u'\0')))
        return fail(ErrorCode::InvalidArgument, Tr::tr("entry name \"%1\" holds a NUL byte").arg(name));
    QStringList parts;
    for (const QString &part : name.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"."_s)
            continue;
        if (part == u".."_s)
            return fail(ErrorCode::InvalidArgument, Tr::tr("entry \"%1\" climbs out of the layer's root").arg(name));
        parts.append(part);
    }
    return parts.join(u'/');
}

Result<std::optional<LayerEntry>> LayerTarReader::next()
{
    for (;;) {
        archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(m_archive, &entry);
        if (rc == ARCHIVE_EOF)
            return std::optional<LayerEntry>();
        if (rc < ARCHIVE_WARN)
            return std::unexpected(archiveError({}));
        const QString raw = entryName(archive_entry_pathname_utf8(entry), archive_entry_pathname(entry));
        Result<QString> path = normalize(raw);
        if (!path)
            return std::unexpected(std::move(path.error()).withContext(u"layer "_s + m_name));
        m_current = raw;
        if (path->isEmpty())
            continue;
        LayerEntry result;
        result.path = *path;
        result.type = typeOf(entry);
        result.mode = quint32(archive_entry_perm(entry));
        result.uid = qint64(archive_entry_uid(entry));
        result.gid = qint64(archive_entry_gid(entry));
        if (const char *hardlink = archive_entry_hardlink(entry)) {
            Result<QString> target = normalize(entryName(archive_entry_hardlink_utf8(entry), hardlink));
            if (!target)
                return std::unexpected(std::move(target.error()).withContext(u"layer "_s + m_name));
            result.type = LayerEntry::Type::Hardlink;
            result.linkTarget = *target;
        } else if (result.type == LayerEntry::Type::Symlink) {
            result.linkTarget = entryName(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry));
        } else if (result.type == LayerEntry::Type::File) {
            result.size = archive_entry_size_is_set(entry) ? qint64(archive_entry_size(entry)) : 0;
        }
        return std::optional<LayerEntry>(result);
    }
}

Status LayerTarReader::readData(const ByteSink &sink)
{
    for (;;) {
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(m_archive, &block, &size, &offset);
        if (rc == ARCHIVE_EOF)
            return {};
        if (rc < ARCHIVE_WARN)
            return std::unexpected(archiveError({}));
        if (size > 0) {
            if (Status written = sink(static_cast<const char *>(block), qint64(size)); !written)
                return written;
        }
    }
}

} // namespace Ponton::Archive
