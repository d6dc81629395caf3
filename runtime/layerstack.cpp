#include "layerstack.h"

#include "fsutil.h"

#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

#include <algorithm>
#include <deque>
#include <set>

namespace ponton::helper {

namespace {

constexpr std::size_t kMaxLayers = 500;
constexpr int kMaxSymlinks = 40;  // Linux's ELOOP limit

// The path split into components; a leading '/' is optional, ".." is refused.
Result<std::vector<std::string>> imagePath(const std::string &path)
{
    auto parts = splitPath(path);
    if (!parts)
        return fail("InvalidArgument", "path '%.200s' must not contain ..", path.c_str());
    return parts;
}

enum class Lookup { Absent, Hidden, Found };

// The entry at parts (their folders already resolved, see LayerStack::resolve) in one layer: Absent when
// this layer has nothing there (a lower one may), Hidden when the lower layers cannot show it: a whiteout
// or a non-folder on the way (a symlink too: the upper layers show a folder there), or an opaque folder on
// the way that does not hold it. Walks one folder at a time, inside the layer, to see the opaque ones;
// underOpaque tells whether one was on the way (the lower layers do not show under a folder found there).
Lookup lookup(int layerFd, const std::vector<std::string> &parts, UniqueFd &parent, struct stat &st, bool *underOpaque = nullptr)
{
    if (parts.empty())
        return Lookup::Absent;
    auto folder = openInRoot(layerFd, "", O_RDONLY | O_DIRECTORY);
    if (!folder)
        return Lookup::Absent;
    bool opaque = false;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
        auto next = openInRoot(folder->get(), parts[i], O_RDONLY | O_DIRECTORY, 0, RESOLVE_NO_SYMLINKS);
        if (!next)
            return opaque || next.error().err == ENOTDIR || next.error().err == ELOOP ? Lookup::Hidden : Lookup::Absent;
        folder = std::move(next);
        opaque = opaque || isOpaqueDirectory(folder->get());
    }
    if (underOpaque)
        *underOpaque = opaque;
    if (::fstatat(folder->get(), parts.back().c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return opaque ? Lookup::Hidden : Lookup::Absent;
    if (isWhiteout(st))
        return Lookup::Hidden;
    parent = std::move(*folder);
    return Lookup::Found;
}

// The entry at parts as the merged layers show it: the topmost layer that has it, unless hidden.
Lookup mergedLookup(const std::vector<UniqueFd> &layers, const std::vector<std::string> &parts, UniqueFd &parent, struct stat &st)
{
    for (const UniqueFd &layer : layers) {
        const Lookup where = lookup(layer.get(), parts, parent, st);
        if (where != Lookup::Absent)
            return where;
    }
    return Lookup::Absent;
}

// A symlink's target split at '/' (empty components and "." dropped, ".." kept).
std::vector<std::string> targetComponents(const std::string &target)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= target.size()) {
        const std::size_t end = std::min(target.find('/', start), target.size());
        std::string part = target.substr(start, end - start);
        if (!part.empty() && part != ".")
            parts.push_back(std::move(part));
        start = end + 1;
    }
    return parts;
}

const char *typeName(mode_t mode)
{
    if (S_ISREG(mode))
        return "file";
    if (S_ISDIR(mode))
        return "dir";
    if (S_ISLNK(mode))
        return "symlink";
    return "other";
}

} // namespace

bool isWhiteout(const struct stat &st)
{
    return S_ISCHR(st.st_mode) && major(st.st_rdev) == 0 && minor(st.st_rdev) == 0;
}

bool isOpaqueDirectory(int dirFd)
{
    char value[2] = {};
    return ::fgetxattr(dirFd, "trusted.overlay.opaque", value, sizeof value) == 1 && value[0] == 'y';
}

bool appendShowingFolder(std::vector<UniqueFd> &folders, UniqueFd folder)
{
    if (!folder)
        return false;
    const bool opaque = isOpaqueDirectory(folder.get());
    folders.push_back(std::move(folder));
    return !opaque;
}

nlohmann::json statEntry(int dirFd, const std::string &name, const struct stat &st)
{
    nlohmann::json entry{{"name", name}, {"type", typeName(st.st_mode)}, {"mode", st.st_mode & 07777},
                         {"uid", st.st_uid}, {"gid", st.st_gid}, {"size", st.st_size}, {"mtime", st.st_mtim.tv_sec}};
    if (S_ISLNK(st.st_mode)) {
        char target[4096];
        const ssize_t length = ::readlinkat(dirFd, name.c_str(), target, sizeof target);
        if (length >= 0)
            entry["target"] = std::string(target, std::size_t(length));
    }
    return entry;
}

Result<LayerStack> LayerStack::open(const StateDir &state, const std::vector<std::string> &diffIds)
{
    std::vector<std::string> hexes;
    for (const std::string &diffId : diffIds) {
        auto hex = sha256Hex(diffId);
        if (!hex)
            return std::unexpected(hex.error());
        hexes.push_back(*hex);
    }
    return fromHex(state, hexes);
}

Result<LayerStack> LayerStack::fromHex(const StateDir &state, const std::vector<std::string> &hexes)
{
    if (hexes.size() > kMaxLayers)
        return fail("InvalidArgument", "%zu snapshots, at most %zu", hexes.size(), kMaxLayers);
    LayerStack stack;
    for (auto it = hexes.rbegin(); it != hexes.rend(); ++it) {
        if (!isHex64(*it))
            return fail("InvalidArgument", "not a snapshot: '%.80s'", it->c_str());
        UniqueFd layer(::openat(state.snapshotsFd(), it->c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!layer)
            return fail("NotFound", "no snapshot sha256:%s", it->c_str());
        stack.m_layers.push_back(std::move(layer));
    }
    return stack;
}

std::vector<UniqueFd> LayerStack::directories(const std::vector<std::string> &parts) const
{
    std::vector<UniqueFd> found;
    for (const UniqueFd &layer : m_layers) {
        UniqueFd dir;
        bool underOpaque = false;
        if (parts.empty()) {
            dir.reset(::openat(layer.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        } else {
            UniqueFd parent;
            struct stat st {};
            const Lookup where = lookup(layer.get(), parts, parent, st, &underOpaque);
            if (where == Lookup::Absent)
                continue;
            if (where == Lookup::Hidden || !S_ISDIR(st.st_mode))
                break;
            dir.reset(::openat(parent.get(), parts.back().c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        }
        if (!appendShowingFolder(found, std::move(dir)) || underOpaque)
            break;
    }
    return found;
}

Result<std::vector<std::string>> LayerStack::resolve(const std::vector<std::string> &parts, LastComponent last) const
{
    std::deque<std::string> pending(parts.begin(), parts.end());
    std::vector<std::string> resolved;
    int links = 0;
    while (!pending.empty()) {
        std::string name = std::move(pending.front());
        pending.pop_front();
        if (name.empty() || name == ".")
            continue;
        if (name == "..") {
            if (!resolved.empty())
                resolved.pop_back();
            continue;
        }
        resolved.push_back(std::move(name));
        if (pending.empty() && last == LastComponent::Kept)
            break;
        UniqueFd parent;
        struct stat st {};
        if (mergedLookup(m_layers, resolved, parent, st) != Lookup::Found || !S_ISLNK(st.st_mode))
            continue;
        if (++links > kMaxSymlinks)
            return sysError(ELOOP, "/%.200s: more than %d symbolic links", joinPath(resolved, resolved.size()).c_str(), kMaxSymlinks);
        char target[4096];
        const ssize_t length = ::readlinkat(parent.get(), resolved.back().c_str(), target, sizeof target);
        if (length < 0 || std::size_t(length) >= sizeof target)
            return sysError(length < 0 ? errno : ENAMETOOLONG, "readlink /%.200s", joinPath(resolved, resolved.size()).c_str());
        const std::string text(target, std::size_t(length));
        resolved.pop_back();
        if (text.starts_with('/'))
            resolved.clear();
        const std::vector<std::string> expanded = targetComponents(text);
        pending.insert(pending.begin(), expanded.begin(), expanded.end());
    }
    return resolved;
}

Result<std::vector<std::string>> LayerStack::resolvedPath(const std::string &path, LastComponent last) const
{
    auto parts = imagePath(path);
    if (!parts)
        return std::unexpected(parts.error());
    return resolve(*parts, last);
}

Result<nlohmann::json> LayerStack::list(const std::string &path) const
{
    auto parts = resolvedPath(path, LastComponent::Followed);
    if (!parts)
        return std::unexpected(parts.error());
    const std::vector<UniqueFd> dirs = directories(*parts);
    nlohmann::json result{{"exists", !dirs.empty()}, {"entries", nlohmann::json::array()}};
    if (dirs.empty())
        return result;
    struct stat self {};
    if (::fstat(dirs.front().get(), &self) == 0) {
        result["self"] = statEntry(dirs.front().get(), ".", self);
        result["self"]["name"] = parts->empty() ? std::string() : parts->back();
    }
    std::set<std::string> seen;
    std::vector<nlohmann::json> entries;
    for (const UniqueFd &dir : dirs) {
        for (const std::string &name : listDirectory(dir.get())) {
            if (!seen.insert(name).second)
                continue;
            struct stat st {};
            if (::fstatat(dir.get(), name.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0 || isWhiteout(st))
                continue;
            entries.push_back(statEntry(dir.get(), name, st));
        }
    }
    std::sort(entries.begin(), entries.end(),
              [](const nlohmann::json &a, const nlohmann::json &b) { return a["name"].get_ref<const std::string &>() < b["name"].get_ref<const std::string &>(); });
    for (nlohmann::json &entry : entries)
        result["entries"].push_back(std::move(entry));
    return result;
}

Result<UniqueFd> LayerStack::openFile(const std::string &path) const
{
    auto parts = resolvedPath(path, LastComponent::Kept);
    if (!parts)
        return std::unexpected(parts.error());
    if (parts->empty())
        return fail("InvalidArgument", "/ is a folder, not a regular file");
    UniqueFd parent;
    struct stat st {};
    if (mergedLookup(m_layers, *parts, parent, st) != Lookup::Found)
        return fail("NotFound", "%.200s: no such file in the snapshots", path.c_str());
    if (!S_ISREG(st.st_mode))
        return fail("InvalidArgument", "%.200s is not a regular file", path.c_str());
    UniqueFd file(::openat(parent.get(), parts->back().c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    if (!file)
        return sysError(errno, "open %.200s", path.c_str());
    if (::fstat(file.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return fail("InvalidArgument", "%.200s is not a regular file", path.c_str());
    return file;
}

} // namespace ponton::helper
