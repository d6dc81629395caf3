#include "common/atomicfile.h"

#include "common/tr.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

namespace AtomicFile {

namespace {

Status writeAll(int fd, const QByteArray &data, const QString &path)
{
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(ErrorCode::Internal, Tr::tr("cannot write %1").arg(path), u"write: "_s + errnoText(errno));
        p += n;
        left -= n;
    }
    return {};
}

// rename(2) alone: atomic, not yet durable.
Status renameEntry(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return fail(ErrorCode::Internal, Tr::tr("cannot rename %1 to %2").arg(from, to), u"rename: "_s + errnoText(errno));
    return {};
}

} // namespace

Status syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(ErrorCode::Internal, Tr::tr("cannot open folder %1").arg(dir), u"open: "_s + errnoText(errno));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc != 0)
        return fail(ErrorCode::Internal, Tr::tr("cannot sync folder %1").arg(dir), u"fsync: "_s + errnoText(saved));
    return {};
}

Status write(const QString &path, const QByteArray &data, Durability durability)
{
    const bool synced = durability == Durability::Synced;
    const QString tmp = path + u".tmp-"_s + QString::number(::getpid()) + u'-' + QString::number(quintptr(&data), 16);
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(ErrorCode::Internal, Tr::tr("cannot create %1").arg(tmp), u"open: "_s + errnoText(errno));
    Status written = writeAll(fd, data, tmp);
    if (written && synced && ::fsync(fd) != 0)
        written = fail(ErrorCode::Internal, Tr::tr("cannot write %1").arg(tmp), u"fsync: "_s + errnoText(errno));
    ::close(fd);
    if (!written) {
        ::unlink(tmpName.constData());
        return written;
    }
    Status renamed = synced ? rename(tmp, path) : renameEntry(tmp, path);
    if (!renamed)
        ::unlink(tmpName.constData());
    return renamed;
}

Status rename(const QString &from, const QString &to)
{
    if (Status renamed = renameEntry(from, to); !renamed)
        return renamed;
    return syncDirectory(QFileInfo(to).absolutePath());
}

Status makePath(const QString &dir, bool privateDir)
{
    if (QFileInfo(dir).isDir())
        return {};
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::PermissionDenied, Tr::tr("cannot create folder %1").arg(dir));
    if (privateDir)
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

} // namespace AtomicFile
} // namespace Ponton
