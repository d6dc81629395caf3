#include "store/filelock.h"

#include "common/atomicfile.h"
#include "common/tr.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ponton::Store {

Result<FileLock> FileLock::acquire(const QString &path, Mode mode)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(ErrorCode::PermissionDenied, Tr::tr("cannot open the store lock %1").arg(path),
                    u"open: "_s + errnoText(errno));
    const int operation = mode == Mode::Exclusive ? LOCK_EX : LOCK_SH;
    while (::flock(fd, operation) != 0) {
        if (errno == EINTR)
            continue;
        const int saved = errno;
        ::close(fd);
        return fail(ErrorCode::Unavailable, Tr::tr("cannot lock the store (%1)").arg(path), u"flock: "_s + errnoText(saved));
    }
    return FileLock(fd);
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // closing the descriptor releases the flock
}

} // namespace Ponton::Store
