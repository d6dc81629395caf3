#include "fsutil.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/syscall.h>

#include <cstring>

namespace ponton::helper {

std::vector<std::string> listDirectory(int dirFd)
{
    std::vector<std::string> names;
    const int copy = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (copy < 0)
        return names;
    DIR *dir = ::fdopendir(copy);
    if (!dir) {
        ::close(copy);
        return names;
    }
    while (dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.emplace_back(entry->d_name);
    }
    ::closedir(dir);
    return names;
}

Status removeTree(int dirFd, const std::string &name)
{
    if (::unlinkat(dirFd, name.c_str(), 0) == 0 || errno == ENOENT)
        return {};
    if (errno != EISDIR && errno != EPERM)
        return sysError(errno, "unlink %s", name.c_str());
    UniqueFd child(::openat(dirFd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!child)
        return sysError(errno, "open directory %s", name.c_str());
    for (const std::string &entry : listDirectory(child.get())) {
        if (auto removed = removeTree(child.get(), entry); !removed)
            return removed;
    }
    if (::unlinkat(dirFd, name.c_str(), AT_REMOVEDIR) < 0 && errno != ENOENT)
        return sysError(errno, "rmdir %s", name.c_str());
    return {};
}

Result<UniqueFd> openInRoot(int rootFd, const std::string &path, int flags, unsigned mode, std::uint64_t extraResolve)
{
    open_how how{};
    how.flags = std::uint64_t(flags | O_CLOEXEC);
    how.mode = mode;
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS | extraResolve;
    const std::string relative = path.empty() ? std::string(".") : path;
    const long fd = ::syscall(SYS_openat2, rootFd, relative.c_str(), &how, sizeof how);
    if (fd < 0)
        return sysError(errno, "openat2 %s in root", relative.c_str());
    return UniqueFd(int(fd));
}

Result<UniqueFd> openOrCreateDirInRoot(int rootFd, const std::string &path)
{
    auto parts = splitPath(path);
    if (!parts)
        return std::unexpected(parts.error());
    auto current = openInRoot(rootFd, "", O_RDONLY | O_DIRECTORY);
    for (std::size_t i = 0; current && i < parts->size(); ++i) {
        const std::string prefix = joinPath(*parts, i + 1);
        auto next = openInRoot(rootFd, prefix, O_RDONLY | O_DIRECTORY);
        if (!next && next.error().err == ENOENT) {
            if (::mkdirat(current->get(), (*parts)[i].c_str(), 0755) < 0 && errno != EEXIST)
                return sysError(errno, "mkdir %s", prefix.c_str());
            next = openInRoot(rootFd, prefix, O_RDONLY | O_DIRECTORY);
        }
        current = std::move(next);
    }
    return current;
}

std::string readToEnd(int fd)
{
    std::string text;
    char buffer[4096];
    ssize_t n;
    while ((n = ::read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0)
            text.append(buffer, std::size_t(n));
    }
    return text;
}

Result<std::string> readFileAt(int dirFd, const std::string &name, std::size_t maxBytes)
{
    UniqueFd fd(::openat(dirFd, name.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd)
        return sysError(errno, "open %s", name.c_str());
    std::string content;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return sysError(errno, "read %s", name.c_str());
        if (n == 0)
            return content;
        content.append(buffer, std::size_t(n));
        if (content.size() > maxBytes)
            return fail("InvalidArgument", "%s is larger than %zu bytes", name.c_str(), maxBytes);
    }
}

Status writeFileAtomically(int dirFd, const std::string &name, const std::string &content, bool durable)
{
    const std::string temporary = name + ".tmp";
    UniqueFd fd(::openat(dirFd, temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd)
        return sysError(errno, "create %s", temporary.c_str());
    std::size_t done = 0;
    while (done < content.size()) {
        const ssize_t n = ::write(fd.get(), content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return sysError(errno, "write %s", temporary.c_str());
        done += std::size_t(n);
    }
    if (durable && ::fsync(fd.get()) < 0)
        return sysError(errno, "fsync %s", temporary.c_str());
    if (::renameat(dirFd, temporary.c_str(), dirFd, name.c_str()) < 0)
        return sysError(errno, "rename %s to %s", temporary.c_str(), name.c_str());
    return {};
}

Result<std::vector<std::string>> splitPath(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find('/', start);
        if (end == std::string::npos)
            end = path.size();
        std::string part = path.substr(start, end - start);
        if (part == "..")
            return fail("InvalidArgument", "path '%.200s' contains '..'", path.c_str());
        if (!part.empty() && part != ".")
            parts.push_back(std::move(part));
        start = end + 1;
    }
    return parts;
}

std::string joinPath(const std::vector<std::string> &parts, std::size_t count)
{
    std::string joined;
    for (std::size_t i = 0; i < count && i < parts.size(); ++i) {
        if (i)
            joined += '/';
        joined += parts[i];
    }
    return joined;
}

} // namespace ponton::helper
