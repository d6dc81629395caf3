#include "snapshotwriter.h"

#include "fsutil.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

#include <cstring>

namespace ponton::helper {

namespace {

constexpr const char *kWhiteoutPrefix = ".wh.";
constexpr const char *kOpaqueMarker = ".wh..wh..opq";
constexpr std::int64_t kWritebackStep = 8 << 20;

bool startsWith(const std::string &text, const char *prefix)
{
    return text.rfind(prefix, 0) == 0;
}

Status writeAll(int fd, const char *data, std::size_t size, std::int64_t offset, const std::string &path)
{
    while (size > 0) {
        const ssize_t n = ::pwrite(fd, data, size, offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return sysError(errno, "write %s", path.c_str());
        data += n;
        size -= std::size_t(n);
        offset += n;
    }
    return {};
}

Status setXattrs(int fd, archive_entry *entry, const std::string &path)
{
    const char *name = nullptr;
    const void *value = nullptr;
    std::size_t size = 0;
    archive_entry_xattr_reset(entry);
    while (archive_entry_xattr_next(entry, &name, &value, &size) == ARCHIVE_OK) {
        if (startsWith(name, "trusted.overlay."))
            continue;
        if (::fsetxattr(fd, name, value, size, 0) < 0 && errno != ENOTSUP)
            return sysError(errno, "setxattr %s on %s", name, path.c_str());
    }
    return {};
}

} // namespace

Result<SnapshotWriter::Target> SnapshotWriter::target(const char *entryPath)
{
    auto parts = splitPath(entryPath ? entryPath : "");
    if (!parts)
        return fail("InvalidArgument", "tar entry '%.200s' escapes the snapshot", entryPath);
    if (parts->empty())
        return Target{-1, "", ""};
    const std::string parentPath = joinPath(*parts, parts->size() - 1);
    if (parentPath != m_parentPath || !m_parent) {
        auto parent = openOrCreateDirInRoot(m_root, parentPath);
        if (!parent)
            return std::unexpected(withContext(parent.error(), "parent of tar entry " + std::string(entryPath)));
        m_parent = std::move(*parent);
        m_parentPath = parentPath;
    }
    return Target{m_parent.get(), parts->back(), joinPath(*parts, parts->size())};
}

Status SnapshotWriter::apply(archive *tar, archive_entry *entry)
{
    auto t = target(archive_entry_pathname(entry));
    if (!t)
        return std::unexpected(t.error());
    if (t->name.empty())
        return {};  // the layer's root entry: the snapshot root keeps the helper's mode
    const bool regular = archive_entry_filetype(entry) == AE_IFREG && !archive_entry_hardlink(entry);
    if (!regular)
        m_parentPath = "\x01";  // the entry may replace a directory the cache points to
    if (t->name == kOpaqueMarker)
        return writeOpaque(*t);
    if (startsWith(t->name, ".wh..wh."))
        return {};  // other AUFS metadata: not part of the OCI format
    if (startsWith(t->name, kWhiteoutPrefix))
        return writeWhiteout(*t);
    if (archive_entry_hardlink(entry))
        return writeHardlink(entry, *t);
    switch (archive_entry_filetype(entry)) {
    case AE_IFDIR: return writeDirectory(entry, *t);
    case AE_IFREG: return writeFile(tar, entry, *t);
    case AE_IFLNK: return writeSymlink(entry, *t);
    case AE_IFCHR: case AE_IFBLK: case AE_IFIFO: return writeNode(entry, *t);
    default: return {};  // sockets are not kept
    }
}

Status SnapshotWriter::removeExisting(const Target &t, bool keepDirectory)
{
    struct stat st{};
    if (::fstatat(t.parent, t.name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0)
        return errno == ENOENT ? Status{} : sysError(errno, "stat %s", t.path.c_str());
    if (keepDirectory && S_ISDIR(st.st_mode))
        return {};
    return removeTree(t.parent, t.name);
}

Status SnapshotWriter::writeWhiteout(const Target &t)
{
    const std::string hidden = t.name.substr(std::strlen(kWhiteoutPrefix));
    if (hidden.empty() || hidden == "." || hidden == "..")
        return fail("InvalidArgument", "whiteout %s names no entry of its directory", t.path.c_str());
    const Target whiteout{t.parent, hidden, t.path};
    if (auto removed = removeExisting(whiteout, false); !removed)
        return removed;
    if (::mknodat(t.parent, hidden.c_str(), S_IFCHR | 0000, makedev(0, 0)) < 0)
        return sysError(errno, "mknod whiteout for %s", t.path.c_str());
    return {};
}

Status SnapshotWriter::writeOpaque(const Target &t)
{
    if (::fsetxattr(t.parent, "trusted.overlay.opaque", "y", 1, 0) < 0)
        return sysError(errno, "setxattr trusted.overlay.opaque for %s", t.path.c_str());
    return {};
}

Status SnapshotWriter::setMetadata(int fd, archive_entry *entry, const std::string &path)
{
    if (::fchown(fd, uid_t(archive_entry_uid(entry)), gid_t(archive_entry_gid(entry))) < 0)
        return sysError(errno, "chown %s", path.c_str());
    if (::fchmod(fd, archive_entry_mode(entry) & 07777) < 0)
        return sysError(errno, "chmod %s", path.c_str());
    return setXattrs(fd, entry, path);
}

Status SnapshotWriter::writeDirectory(archive_entry *entry, const Target &t)
{
    if (auto removed = removeExisting(t, true); !removed)
        return removed;
    if (::mkdirat(t.parent, t.name.c_str(), 0700) < 0 && errno != EEXIST)
        return sysError(errno, "mkdir %s", t.path.c_str());
    UniqueFd dir(::openat(t.parent, t.name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir)
        return sysError(errno, "open directory %s", t.path.c_str());
    if (auto meta = setMetadata(dir.get(), entry, t.path); !meta)
        return meta;
    m_directoryTimes.push_back({t.path, archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)});
    return {};
}

Status SnapshotWriter::writeFile(archive *tar, archive_entry *entry, const Target &t)
{
    if (auto removed = removeExisting(t, false); !removed)
        return removed;
    UniqueFd file(::openat(t.parent, t.name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!file)
        return sysError(errno, "create %s", t.path.c_str());
    const void *block = nullptr;
    std::size_t size = 0;
    la_int64_t offset = 0;
    int status;
    std::int64_t writebackFrom = 0;
    while ((status = archive_read_data_block(tar, &block, &size, &offset)) == ARCHIVE_OK) {
        if (auto written = writeAll(file.get(), static_cast<const char *>(block), size, offset, t.path); !written)
            return written;
        // A large file's writeback starts as it is written (not waited for): the snapshot's sync at
        // the end then finds most of it on disk already.
        const std::int64_t end = offset + std::int64_t(size);
        if (end - writebackFrom >= kWritebackStep) {
            (void)::sync_file_range(file.get(), writebackFrom, end - writebackFrom, SYNC_FILE_RANGE_WRITE);
            writebackFrom = end;
        }
    }
    if (status != ARCHIVE_EOF)
        return fail("InvalidArgument", "read data of %s: %s", t.path.c_str(), archive_error_string(tar));
    if (::ftruncate(file.get(), archive_entry_size(entry)) < 0)
        return sysError(errno, "truncate %s", t.path.c_str());
    if (auto meta = setMetadata(file.get(), entry, t.path); !meta)
        return meta;
    const timespec times[2] = {{archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)},
                               {archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)}};
    if (::futimens(file.get(), times) < 0)
        return sysError(errno, "set times of %s", t.path.c_str());
    return {};
}

Status SnapshotWriter::writeSymlink(archive_entry *entry, const Target &t)
{
    if (auto removed = removeExisting(t, false); !removed)
        return removed;
    const char *link = archive_entry_symlink(entry);
    if (::symlinkat(link ? link : "", t.parent, t.name.c_str()) < 0)
        return sysError(errno, "symlink %s", t.path.c_str());
    if (::fchownat(t.parent, t.name.c_str(), uid_t(archive_entry_uid(entry)), gid_t(archive_entry_gid(entry)),
                   AT_SYMLINK_NOFOLLOW) < 0)
        return sysError(errno, "chown symlink %s", t.path.c_str());
    const timespec times[2] = {{archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)},
                               {archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)}};
    if (::utimensat(t.parent, t.name.c_str(), times, AT_SYMLINK_NOFOLLOW) < 0)
        return sysError(errno, "set times of symlink %s", t.path.c_str());
    return {};
}

Status SnapshotWriter::writeHardlink(archive_entry *entry, const Target &t)
{
    const char *linkPath = archive_entry_hardlink(entry);
    auto parts = splitPath(linkPath);
    if (!parts || parts->empty())
        return fail("InvalidArgument", "hardlink %s to '%.200s' escapes the snapshot", t.path.c_str(), linkPath);
    const int parent = t.parent;
    auto sourceParent = openInRoot(m_root, joinPath(*parts, parts->size() - 1), O_PATH | O_DIRECTORY);
    if (!sourceParent)
        return std::unexpected(withContext(sourceParent.error(), "hardlink " + t.path));
    if (auto removed = removeExisting(t, false); !removed)
        return removed;
    if (::linkat(sourceParent->get(), parts->back().c_str(), parent, t.name.c_str(), 0) < 0)
        return sysError(errno, "link %s to %s", t.path.c_str(), linkPath);
    return {};
}

Status SnapshotWriter::writeNode(archive_entry *entry, const Target &t)
{
    if (auto removed = removeExisting(t, false); !removed)
        return removed;
    const mode_t type = archive_entry_filetype(entry) == AE_IFCHR   ? S_IFCHR
                        : archive_entry_filetype(entry) == AE_IFBLK ? S_IFBLK
                                                                     : S_IFIFO;
    if (::mknodat(t.parent, t.name.c_str(), type | 0600, archive_entry_rdev(entry)) < 0)
        return sysError(errno, "mknod %s", t.path.c_str());
    UniqueFd node(::openat(t.parent, t.name.c_str(), O_PATH | O_NOFOLLOW | O_CLOEXEC));
    if (!node)
        return sysError(errno, "open %s", t.path.c_str());
    if (::fchownat(node.get(), "", uid_t(archive_entry_uid(entry)), gid_t(archive_entry_gid(entry)),
                   AT_EMPTY_PATH) < 0)
        return sysError(errno, "chown %s", t.path.c_str());
    const std::string procPath = "/proc/self/fd/" + std::to_string(node.get());
    if (::chmod(procPath.c_str(), archive_entry_mode(entry) & 07777) < 0)
        return sysError(errno, "chmod %s", t.path.c_str());
    return {};
}

Status SnapshotWriter::finish()
{
    for (auto it = m_directoryTimes.rbegin(); it != m_directoryTimes.rend(); ++it) {
        auto dir = openInRoot(m_root, it->path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
        if (!dir)
            continue;  // replaced by a later entry
        const timespec times[2] = {{it->seconds, it->nanoseconds}, {it->seconds, it->nanoseconds}};
        if (::futimens(dir->get(), times) < 0)
            return sysError(errno, "set times of %s", it->path.c_str());
    }
    return {};
}

} // namespace ponton::helper
