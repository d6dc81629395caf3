#include "build/buildcontext.h"

#include "archive/archivepath.h"
#include "common/atomicfile.h"
#include "common/tr.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Build {

namespace {

bool hasSuffix(const QString &path, const QStringList &suffixes)
{
    for (const QString &suffix : suffixes) {
        if (path.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

qint64 tarRecord(qint64 size)
{
    return 512 + (size + 511) / 512 * 512;
}

} // namespace

Result<std::unique_ptr<BuildContext>> BuildContext::open(const QString &source, const QString &dockerfile)
{
    std::unique_ptr<BuildContext> context(new BuildContext);
    const QFileInfo info(source);
    if (source == u"-" || (info.isFile() && !hasSuffix(source, {u".zip"_s}))) {
        context->m_extracted = std::make_unique<QTemporaryDir>();
        if (!context->m_extracted->isValid())
            return fail(ErrorCode::Internal, Tr::tr("cannot create a folder for the build context"),
                        context->m_extracted->errorString());
        context->m_root = context->m_extracted->path();
        const int fd = source == u"-" ? STDIN_FILENO : ::open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return fail(ErrorCode::NotFound, Tr::tr("cannot read the build context %1").arg(source), errnoText(errno));
        Status extracted = context->extractTar(fd, source == u"-" ? u"stdin"_s : source);
        if (fd != STDIN_FILENO)
            ::close(fd);
        if (!extracted)
            return std::unexpected(extracted.error());
    } else if (info.isFile()) {
        context->m_extracted = std::make_unique<QTemporaryDir>();
        if (!context->m_extracted->isValid())
            return fail(ErrorCode::Internal, Tr::tr("cannot create a folder for the build context"),
                        context->m_extracted->errorString());
        context->m_root = context->m_extracted->path();
        if (Status extracted = context->extractZip(source); !extracted)
            return std::unexpected(extracted.error());
    } else if (info.isDir()) {
        context->m_root = info.canonicalFilePath();
    } else {
        return fail(ErrorCode::NotFound, Tr::tr("unable to prepare context: path \"%1\" not found").arg(source));
    }
    if (Status read = context->readDockerfile(dockerfile); !read)
        return std::unexpected(read.error());
    context->measure(QString());
    context->m_tarSize += 1024;
    return context;
}

Status BuildContext::readDockerfile(const QString &dockerfile)
{
    QString path = dockerfile.isEmpty() ? u"Dockerfile"_s : dockerfile;
    m_dockerfileName = path;
    QFile file;
    if (path == u"-") {
        m_dockerfileName = u"Dockerfile"_s;
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(ErrorCode::NotFound, Tr::tr("cannot read the Dockerfile from standard input"));
    } else {
        if (!dockerfile.isEmpty() && m_extracted == nullptr && QFileInfo(path).isFile())
            file.setFileName(path);
        else
            file.setFileName(m_root + u'/' + Archive::ArchivePath::normalize(path).value_or(path));
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::NotFound, Tr::tr("Cannot locate specified Dockerfile: %1").arg(path), file.errorString());
    }
    m_dockerfile = file.readAll();
    // <Dockerfile name>.dockerignore beside the Dockerfile wins over the context's .dockerignore.
    QFile ignore(file.fileName() + u".dockerignore"_s);
    if (path == u"-" || !ignore.exists())
        ignore.setFileName(m_root + u"/.dockerignore"_s);
    if (ignore.open(QIODevice::ReadOnly))
        m_ignore = DockerIgnore::parse(ignore.readAll());
    return {};
}

bool BuildContext::isIncluded(const QString &relativePath) const
{
    return !m_ignore.isExcluded(relativePath);
}

void BuildContext::measure(const QString &relative)
{
    const QDir dir(relative.isEmpty() ? m_root : m_root + u'/' + relative);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                                    QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString path = relative.isEmpty() ? entry.fileName() : relative + u'/' + entry.fileName();
        const bool excluded = m_ignore.isExcluded(path);
        if (entry.isDir() && !entry.isSymLink()) {
            if (excluded && !m_ignore.mayIncludeBelow(path))
                continue;
            if (!excluded)
                m_tarSize += 512;
            measure(path);
        } else if (!excluded) {
            m_tarSize += entry.isSymLink() || !entry.isFile() ? 512 : tarRecord(entry.size());
        }
    }
}

// Unpacks a tar (any compression libarchive knows) into the context folder. Names are normalised
// (no absolute names, no `..`), and libarchive refuses to write through symbolic links.
Status BuildContext::extractTar(int fd, const QString &what)
{
    struct archive *reader = archive_read_new();
    archive_read_support_filter_all(reader);
    archive_read_support_format_tar(reader);
    archive_read_support_format_gnutar(reader);
    struct archive *writer = archive_write_disk_new();
    // Names are relative and normalised before the context folder is put in front of them.
    archive_write_disk_set_options(writer, ARCHIVE_EXTRACT_PERM | ARCHIVE_EXTRACT_SECURE_SYMLINKS
                                               | ARCHIVE_EXTRACT_SECURE_NODOTDOT);
    auto cleanUp = qScopeGuard([&] {
        archive_read_free(reader);
        archive_write_free(writer);
    });
    if (archive_read_open_fd(reader, fd, 1 << 16) != ARCHIVE_OK)
        return fail(ErrorCode::InvalidArgument, Tr::tr("the build context %1 is not a tar archive").arg(what),
                    QString::fromUtf8(archive_error_string(reader)));
    for (;;) {
        struct archive_entry *entry = nullptr;
        const int status = archive_read_next_header(reader, &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return fail(ErrorCode::InvalidArgument, Tr::tr("the build context %1 is not a valid tar archive").arg(what),
                        QString::fromUtf8(archive_error_string(reader)));
        const QString raw = QString::fromUtf8(archive_entry_pathname(entry));
        if (raw == u"." || raw == u"./")
            continue;
        Result<QString> name = Archive::ArchivePath::normalize(raw);
        if (!name)
            return fail(ErrorCode::InvalidArgument, Tr::tr("the build context %1 has an unsafe entry %2").arg(what, raw));
        const mode_t type = archive_entry_filetype(entry);
        if (type != AE_IFREG && type != AE_IFDIR && type != AE_IFLNK)
            continue;
        if (const char *hardlink = archive_entry_hardlink(entry)) {
            Result<QString> target = Archive::ArchivePath::normalize(QString::fromUtf8(hardlink));
            if (!target)
                return fail(ErrorCode::InvalidArgument, Tr::tr("the build context %1 has an unsafe entry %2").arg(what, raw));
            archive_entry_set_hardlink(entry, QFile::encodeName(m_root + u'/' + *target).constData());
        }
        archive_entry_set_pathname(entry, QFile::encodeName(m_root + u'/' + *name).constData());
        if (archive_write_header(writer, entry) < ARCHIVE_WARN)
            return fail(ErrorCode::InvalidArgument, Tr::tr("cannot unpack %1 from the build context %2").arg(raw, what),
                        QString::fromUtf8(archive_error_string(writer)));
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        int read = ARCHIVE_OK;
        while ((read = archive_read_data_block(reader, &block, &size, &offset)) == ARCHIVE_OK) {
            if (archive_write_data_block(writer, block, size, offset) < ARCHIVE_OK)
                return fail(ErrorCode::Internal, Tr::tr("cannot unpack %1 from the build context %2").arg(raw, what),
                            QString::fromUtf8(archive_error_string(writer)));
        }
        if (read != ARCHIVE_EOF)
            return fail(ErrorCode::InvalidArgument, Tr::tr("the build context %1 is truncated at %2").arg(what, raw),
                        QString::fromUtf8(archive_error_string(reader)));
        archive_write_finish_entry(writer);
    }
    return {};
}

Status BuildContext::extractZip(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(ErrorCode::InvalidArgument, Tr::tr("the build context %1 is not a zip archive").arg(path),
                    u"unzip error %1"_s.arg(zip.getZipError()));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return fail(ErrorCode::InvalidArgument, Tr::tr("the build context %1 is not a valid zip archive").arg(path));
        const bool isDir = info.name.endsWith(u'/');
        Result<QString> name = Archive::ArchivePath::normalize(info.name);
        if (!name)
            return fail(ErrorCode::InvalidArgument, Tr::tr("the build context %1 has an unsafe entry %2").arg(path, info.name));
        const QString target = m_root + u'/' + *name;
        if (isDir) {
            QDir().mkpath(target);
            continue;
        }
        QDir().mkpath(QFileInfo(target).path());
        QuaZipFile in(&zip);
        QFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(ErrorCode::InvalidArgument, Tr::tr("cannot unpack %1 from the build context %2").arg(info.name, path));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 16);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size())
                return fail(ErrorCode::InvalidArgument, Tr::tr("cannot unpack %1 from the build context %2").arg(info.name, path));
        }
        in.close();
        if (in.getZipError() != 0)
            return fail(ErrorCode::InvalidArgument, Tr::tr("the zip entry %1 of %2 is corrupt").arg(info.name, path));
        const QFile::Permissions permissions = info.getPermissions();
        out.setPermissions(permissions == QFile::Permissions() ? QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther
                                                              : permissions);
    }
    return {};
}

} // namespace Ponton::Build
