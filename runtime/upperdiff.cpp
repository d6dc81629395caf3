#include "upperdiff.h"

#include "fsutil.h"
#include "sha256stream.h"
#include "snapshots.h"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace ponton::helper {

namespace {

constexpr const char *kOpaqueXattr = "trusted.overlay.opaque";

struct DiffWriter {
    archive *tar = archive_write_new();
    archive_entry *entry = archive_entry_new();
    int output = -1;
    int pendingRoot = -1;
    Sha256Stream hash;
    std::string writeError;
    std::map<std::pair<dev_t, ino_t>, std::string> links;  // first path of each multiply-linked inode
    DiffOptions options;

    ~DiffWriter()
    {
        archive_entry_free(entry);
        archive_write_free(tar);
    }
};

// In a live diff, an entry removed since the directory was listed (errno from the failed call).
bool vanished(const DiffWriter &w)
{
    return w.options.live && errno == ENOENT;
}

la_ssize_t writeCallback(archive *, void *self, const void *buffer, size_t length)
{
    auto *w = static_cast<DiffWriter *>(self);
    const char *data = static_cast<const char *>(buffer);
    for (size_t done = 0; done < length;) {
        const ssize_t n = ::write(w->output, data + done, length - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            w->writeError = std::string("write layer tar: ") + std::strerror(errno);
            return -1;
        }
        done += size_t(n);
    }
    w->hash.add(buffer, length);
    return la_ssize_t(length);
}

// xattrs of fd, trusted.overlay.* left out (the opaque marker is handled separately).
std::vector<std::pair<std::string, std::string>> xattrsOf(int fd)
{
    std::vector<std::pair<std::string, std::string>> result;
    char names[65536];
    const ssize_t length = ::flistxattr(fd, names, sizeof names);
    for (ssize_t i = 0; i < length; i += ssize_t(std::strlen(names + i)) + 1) {
        const std::string name = names + i;
        if (name.rfind("trusted.overlay.", 0) == 0)
            continue;
        std::string value(65536, '\0');
        const ssize_t size = ::fgetxattr(fd, name.c_str(), value.data(), value.size());
        if (size >= 0)
            result.emplace_back(name, value.substr(0, size_t(size)));
    }
    return result;
}

Status header(DiffWriter &w, const std::string &path, const struct stat &st, mode_t type, int fd = -1)
{
    archive_entry_clear(w.entry);
    archive_entry_set_pathname(w.entry, path.c_str());
    archive_entry_set_filetype(w.entry, unsigned(type));
    archive_entry_set_perm(w.entry, st.st_mode & 07777);
    archive_entry_set_uid(w.entry, st.st_uid);
    archive_entry_set_gid(w.entry, st.st_gid);
    archive_entry_set_mtime(w.entry, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    archive_entry_set_size(w.entry, type == AE_IFREG ? st.st_size : 0);
    if (type == AE_IFCHR || type == AE_IFBLK)
        archive_entry_set_rdev(w.entry, st.st_rdev);
    if (fd >= 0) {
        for (const auto &[name, value] : xattrsOf(fd))
            archive_entry_xattr_add_entry(w.entry, name.c_str(), value.data(), value.size());
    }
    if (archive_write_header(w.tar, w.entry) != ARCHIVE_OK)
        return fail("Internal", "write tar header %s: %s", path.c_str(), w.writeError.empty() ? archive_error_string(w.tar) : w.writeError.c_str());
    return {};
}

Status emptyEntry(DiffWriter &w, const std::string &path, const struct stat &like)
{
    struct stat st = like;
    st.st_mode = S_IFREG | 0644;
    st.st_size = 0;
    return header(w, path, st, AE_IFREG);
}

Status copyMetadata(int fd, const struct stat &st, const std::vector<std::pair<std::string, std::string>> &xattrs,
                    const std::string &path)
{
    if (::fchown(fd, st.st_uid, st.st_gid) < 0 || ::fchmod(fd, st.st_mode & 07777) < 0)
        return sysError(errno, "copy owner and mode of %s", path.c_str());
    for (const auto &[name, value] : xattrs) {
        if (::fsetxattr(fd, name.c_str(), value.data(), value.size(), 0) < 0)
            return sysError(errno, "setxattr %s on %s", name.c_str(), path.c_str());
    }
    const timespec times[2] = {st.st_atim, st.st_mtim};
    if (::futimens(fd, times) < 0)
        return sysError(errno, "set times of %s", path.c_str());
    return {};
}

Status walk(DiffWriter &w, int upperDir, int pendingDir, const std::string &prefix);

Status diffFile(DiffWriter &w, int upperDir, int pendingDir, const std::string &name, const std::string &path,
                const struct stat &st)
{
    const auto key = std::make_pair(st.st_dev, st.st_ino);
    if (st.st_nlink > 1 && w.links.count(key)) {
        archive_entry_clear(w.entry);
        archive_entry_set_pathname(w.entry, path.c_str());
        archive_entry_set_hardlink(w.entry, w.links[key].c_str());
        if (archive_write_header(w.tar, w.entry) != ARCHIVE_OK)
            return fail("Internal", "write tar header %s", path.c_str());
        auto source = splitPath(w.links[key]);
        if (!source || source->empty())
            return fail("Internal", "bad hardlink source %s", w.links[key].c_str());
        auto parent = openInRoot(w.pendingRoot, joinPath(*source, source->size() - 1), O_PATH | O_DIRECTORY);
        if (!parent)
            return std::unexpected(parent.error());
        if (::linkat(parent->get(), source->back().c_str(), pendingDir, name.c_str(), 0) < 0)
            return sysError(errno, "link %s in the pending snapshot", path.c_str());
        return {};
    }
    if (st.st_nlink > 1)
        w.links[key] = path;
    UniqueFd in(::openat(upperDir, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!in && vanished(w))
        return {};
    UniqueFd out(in ? ::openat(pendingDir, name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600) : -1);
    if (!in || !out)
        return sysError(errno, "open %s", path.c_str());
    if (auto h = header(w, path, st, AE_IFREG, in.get()); !h)
        return h;
    std::vector<char> buffer(1 << 20);
    for (off_t remaining = st.st_size; remaining > 0;) {
        ssize_t n = ::read(in.get(), buffer.data(), size_t(std::min<off_t>(remaining, off_t(buffer.size()))));
        if (n == 0 && w.options.live) {  // it shrank since its header: zeros up to the size announced
            n = ssize_t(std::min<off_t>(remaining, off_t(buffer.size())));
            std::fill_n(buffer.begin(), n, '\0');
        }
        if (n <= 0)
            return sysError(n < 0 ? errno : EIO, "read %s", path.c_str());
        if (archive_write_data(w.tar, buffer.data(), size_t(n)) != n || ::write(out.get(), buffer.data(), size_t(n)) != n)
            return fail("Internal", "write %s: %s", path.c_str(), w.writeError.c_str());
        remaining -= n;
    }
    return copyMetadata(out.get(), st, xattrsOf(in.get()), path);
}

Status diffDirectory(DiffWriter &w, int upperDir, int pendingDir, const std::string &name, const std::string &path,
                     const struct stat &st)
{
    UniqueFd in(::openat(upperDir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!in && vanished(w))
        return {};
    if (!in)
        return sysError(errno, "open directory %s", path.c_str());
    if (auto h = header(w, path + "/", st, AE_IFDIR, in.get()); !h)
        return h;
    char opaque[4] = {};
    const bool isOpaque = ::fgetxattr(in.get(), kOpaqueXattr, opaque, sizeof opaque) == 1 && opaque[0] == 'y';
    if (isOpaque) {
        if (auto marker = emptyEntry(w, path + "/.wh..wh..opq", st); !marker)
            return marker;
    }
    if (::mkdirat(pendingDir, name.c_str(), 0700) < 0)
        return sysError(errno, "mkdir %s in the pending snapshot", path.c_str());
    UniqueFd out(::openat(pendingDir, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!out)
        return sysError(errno, "open %s in the pending snapshot", path.c_str());
    if (isOpaque && ::fsetxattr(out.get(), kOpaqueXattr, "y", 1, 0) < 0)
        return sysError(errno, "setxattr %s on %s", kOpaqueXattr, path.c_str());
    if (auto children = walk(w, in.get(), out.get(), path + "/"); !children)
        return children;
    return copyMetadata(out.get(), st, xattrsOf(in.get()), path);
}

Status diffOther(DiffWriter &w, int upperDir, int pendingDir, const std::string &name, const std::string &path,
                 const struct stat &st)
{
    const std::string parent = path.substr(0, path.size() - name.size());
    if (S_ISCHR(st.st_mode) && st.st_rdev == makedev(0, 0)) {
        if (auto whiteout = emptyEntry(w, parent + ".wh." + name, st); !whiteout)
            return whiteout;
    } else if (S_ISLNK(st.st_mode)) {
        std::string target(PATH_MAX, '\0');
        const ssize_t n = ::readlinkat(upperDir, name.c_str(), target.data(), target.size());
        if (n < 0 && vanished(w))
            return {};
        if (n < 0)
            return sysError(errno, "readlink %s", path.c_str());
        target.resize(size_t(n));
        archive_entry_clear(w.entry);
        archive_entry_set_pathname(w.entry, path.c_str());
        archive_entry_set_filetype(w.entry, AE_IFLNK);
        archive_entry_set_perm(w.entry, 0777);
        archive_entry_set_uid(w.entry, st.st_uid);
        archive_entry_set_gid(w.entry, st.st_gid);
        archive_entry_set_mtime(w.entry, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
        archive_entry_set_symlink(w.entry, target.c_str());
        if (archive_write_header(w.tar, w.entry) != ARCHIVE_OK)
            return fail("Internal", "write tar header %s", path.c_str());
        if (::symlinkat(target.c_str(), pendingDir, name.c_str()) < 0
            || ::fchownat(pendingDir, name.c_str(), st.st_uid, st.st_gid, AT_SYMLINK_NOFOLLOW) < 0)
            return sysError(errno, "copy symlink %s", path.c_str());
        const timespec times[2] = {st.st_atim, st.st_mtim};
        ::utimensat(pendingDir, name.c_str(), times, AT_SYMLINK_NOFOLLOW);
        return {};
    } else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) || S_ISFIFO(st.st_mode)) {
        if (auto h = header(w, path, st, S_ISCHR(st.st_mode) ? AE_IFCHR : S_ISBLK(st.st_mode) ? AE_IFBLK : AE_IFIFO); !h)
            return h;
    } else {
        return {};  // sockets are not part of a layer
    }
    if (::mknodat(pendingDir, name.c_str(), st.st_mode, st.st_rdev) < 0
        || ::fchownat(pendingDir, name.c_str(), st.st_uid, st.st_gid, AT_SYMLINK_NOFOLLOW) < 0)
        return sysError(errno, "copy node %s", path.c_str());
    return {};
}

Status walk(DiffWriter &w, int upperDir, int pendingDir, const std::string &prefix)
{
    std::vector<std::string> names = listDirectory(upperDir);
    std::sort(names.begin(), names.end());
    for (const std::string &name : names) {
        struct stat st{};
        if (::fstatat(upperDir, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0) {
            if (vanished(w))
                continue;
            return sysError(errno, "stat %s%s", prefix.c_str(), name.c_str());
        }
        if (w.options.clampMtime && st.st_mtim.tv_sec >= *w.options.clampMtime)
            st.st_mtim = timespec{time_t(*w.options.clampMtime), 0};
        const std::string path = prefix + name;
        Status done = S_ISDIR(st.st_mode)   ? diffDirectory(w, upperDir, pendingDir, name, path, st)
                      : S_ISREG(st.st_mode) ? diffFile(w, upperDir, pendingDir, name, path, st)
                                            : diffOther(w, upperDir, pendingDir, name, path, st);
        if (!done)
            return done;
    }
    return {};
}

std::string pendingPrefix(const std::string &id)
{
    return ".tmp-pending-" + id + "-";
}

void removePending(const StateDir &state, const std::string &id)
{
    for (const std::string &name : listDirectory(state.snapshotsFd())) {
        if (name.rfind(pendingPrefix(id), 0) == 0)
            (void)removeTree(state.snapshotsFd(), name);
    }
}

Result<DiffOutcome> writeInto(const StateDir &state, const std::string &id, int outputFd, const std::string &temporary,
                              const DiffOptions &options)
{
    UniqueFd upper(::openat(state.containersFd(), (id + "/upper").c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    UniqueFd pending(::openat(state.snapshotsFd(), temporary.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!upper || !pending)
        return sysError(errno, "open the upper dir of %s", id.c_str());
    DiffWriter w;
    w.output = outputFd;
    w.pendingRoot = pending.get();
    w.options = options;
    archive_write_set_format_pax_restricted(w.tar);
    archive_write_set_bytes_in_last_block(w.tar, 1);
    if (archive_write_open(w.tar, &w, nullptr, writeCallback, nullptr) != ARCHIVE_OK)
        return fail("Internal", "open the layer tar writer: %s", archive_error_string(w.tar));
    if (auto walked = walk(w, upper.get(), pending.get(), ""); !walked)
        return std::unexpected(walked.error());
    if (archive_write_close(w.tar) != ARCHIVE_OK)
        return fail("Internal", "finish the layer tar: %s", w.writeError.c_str());
    const std::uint64_t size = w.hash.bytes();
    return DiffOutcome{w.hash.hex(), size};
}

} // namespace

Result<DiffOutcome> writeUpperDiff(const StateDir &state, const std::string &id, int outputFd, const DiffOptions &options)
{
    removePending(state, id);
    auto temporary = makeTemporarySnapshot(state, "diff-" + id);
    if (!temporary)
        return std::unexpected(temporary.error());
    auto outcome = writeInto(state, id, outputFd, *temporary, options);
    if (!outcome) {
        (void)removeTree(state.snapshotsFd(), *temporary);
        return outcome;
    }
    const std::string pending = pendingPrefix(id) + outcome->diffIdHex;
    if (::renameat(state.snapshotsFd(), temporary->c_str(), state.snapshotsFd(), pending.c_str()) < 0) {
        (void)removeTree(state.snapshotsFd(), *temporary);
        return sysError(errno, "rename the pending snapshot of %s", id.c_str());
    }
    return outcome;
}

Status adoptPendingSnapshot(const StateDir &state, const std::string &id, const std::string &diffIdHex)
{
    const std::string pending = pendingPrefix(id) + diffIdHex;
    struct stat st{};
    if (::fstatat(state.snapshotsFd(), pending.c_str(), &st, AT_SYMLINK_NOFOLLOW) < 0)
        return fail("InvalidArgument", "sha256:%s is not the diff_id of the last diff of container %.12s",
                    diffIdHex.c_str(), id.c_str());
    auto existed = publishSnapshot(state, pending, diffIdHex);
    if (!existed)
        return std::unexpected(existed.error());
    removePending(state, id);
    return {};
}

} // namespace ponton::helper
