#include "runtime/upperdirchanges.h"

#include "common/tr.h"

#include <QFile>

#include <dirent.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Ponton::Runtime {

namespace {

bool isWhiteout(const struct stat &st)
{
    return S_ISCHR(st.st_mode) && major(st.st_rdev) == 0 && minor(st.st_rdev) == 0;
}

} // namespace

UpperDirChanges::UpperDirChanges(const QString &stateDir, const QString &containerId, const QList<Digest> &snapshots)
    : m_upper(QFile::encodeName(stateDir + u"/containers/"_s + containerId + u"/upper"_s))
{
    for (auto it = snapshots.crbegin(); it != snapshots.crend(); ++it)
        m_lowers.append(QFile::encodeName(stateDir + u"/snapshots/"_s + it->hex()));
}

bool UpperDirChanges::existsBelow(const QByteArray &relative) const
{
    for (const QByteArray &lower : m_lowers) {
        struct stat st {};
        if (::lstat(QByteArray(lower + relative).constData(), &st) == 0)
            return !isWhiteout(st);
    }
    return false;
}

Status UpperDirChanges::walk(const QByteArray &relative, QList<PathChange> &changes) const
{
    const QByteArray dirPath = m_upper + relative;
    DIR *dir = ::opendir(dirPath.constData());
    if (!dir) {
        if (errno == ENOENT && relative.isEmpty())
            return {};  // never started: no upper dir yet
        return fail(ErrorCode::Internal, Tr::tr("Cannot read the container's changes."),
                    u"opendir %1: %2"_s.arg(QFile::decodeName(dirPath), QString::fromLocal8Bit(std::strerror(errno))));
    }
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    for (const QByteArray &name : names) {
        const QByteArray path = relative + '/' + name;
        struct stat st {};
        if (::lstat(QByteArray(m_upper + path).constData(), &st) != 0)
            continue;
        const QString shown = QFile::decodeName(path);
        if (isWhiteout(st)) {
            changes.append({PathChange::Kind::Deleted, shown});
            continue;
        }
        changes.append({existsBelow(path) ? PathChange::Kind::Changed : PathChange::Kind::Added, shown});
        if (S_ISDIR(st.st_mode)) {
            if (Status inner = walk(path, changes); !inner)
                return inner;
        }
    }
    return {};
}

Result<QList<PathChange>> UpperDirChanges::scan() const
{
    QList<PathChange> changes;
    if (Status walked = walk(QByteArray(), changes); !walked)
        return std::unexpected(walked.error());
    std::sort(changes.begin(), changes.end(), [](const PathChange &a, const PathChange &b) { return a.path < b.path; });
    return changes;
}

} // namespace Ponton::Runtime
