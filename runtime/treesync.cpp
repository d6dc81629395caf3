#include "treesync.h"

#include "uniquefd.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <cstring>
#include <string>
#include <vector>

namespace ponton::helper {

namespace {

constexpr std::size_t kMaxFsyncs = 2048;  // beyond this, one syncfs costs less than the fsyncs

struct TreeEntries {
    std::vector<std::string> files;        // relative to the root
    std::vector<std::string> directories;  // parents before their children
    std::size_t size() const { return files.size() + directories.size(); }
};

unsigned char entryType(int dirFd, const dirent *entry)
{
    if (entry->d_type != DT_UNKNOWN)
        return entry->d_type;
    struct stat st{};
    if (::fstatat(dirFd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) < 0)
        return DT_UNKNOWN;
    return S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? DT_DIR : DT_UNKNOWN;
}

// False as soon as the tree holds more than kMaxFsyncs files and directories.
bool collect(int dirFd, const std::string &prefix, TreeEntries &entries)
{
    const int copy = ::openat(dirFd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    DIR *dir = copy < 0 ? nullptr : ::fdopendir(copy);
    if (!dir) {
        if (copy >= 0)
            ::close(copy);
        return false;
    }
    bool small = true;
    while (dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        const unsigned char type = entryType(dirFd, entry);
        const std::string path = prefix + entry->d_name;
        if (type == DT_REG) {
            entries.files.push_back(path);
        } else if (type == DT_DIR) {
            entries.directories.push_back(path);
            UniqueFd child(::openat(dirFd, entry->d_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            small = child && collect(child.get(), path + "/", entries);
        }
        if (!small || entries.size() > kMaxFsyncs) {
            small = false;
            break;
        }
    }
    ::closedir(dir);
    return small;
}

Status syncEach(int rootFd, const std::vector<std::string> &paths, int flags)
{
    for (const std::string &path : paths) {
        UniqueFd fd(::openat(rootFd, path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | flags));
        if (!fd || ::fsync(fd.get()) < 0)
            return sysError(errno, "fsync %s", path.c_str());
    }
    return {};
}

} // namespace

Status syncTree(int rootFd)
{
    TreeEntries entries;
    if (!collect(rootFd, "", entries)) {
        if (::syncfs(rootFd) < 0)
            return sysError(errno, "syncfs");
        return {};
    }
    for (const std::string &path : entries.files) {
        UniqueFd fd(::openat(rootFd, path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
        if (fd)
            (void)::sync_file_range(fd.get(), 0, 0, SYNC_FILE_RANGE_WRITE);
    }
    if (auto files = syncEach(rootFd, entries.files, 0); !files)
        return files;
    entries.directories.emplace_back(".");
    if (auto directories = syncEach(rootFd, entries.directories, O_DIRECTORY); !directories)
        return directories;
    return {};
}

} // namespace ponton::helper
