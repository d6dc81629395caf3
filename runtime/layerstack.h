#pragma once

// Read-only access to a chain of snapshots as overlayfs would merge them, for clients that cannot read
// the helper's state folder themselves (rootfs.* and container.changes in PROTOCOL.md). A path's folder
// symlinks are expanded over the merged layers, inside the image's root (resolve); every open then stays
// inside one snapshot with openat2(RESOLVE_IN_ROOT). Entries are described as lstat does.

#include "result.h"
#include "statedir.h"
#include "uniquefd.h"

#include <nlohmann/json.hpp>

#include <sys/stat.h>

#include <string>
#include <vector>

namespace ponton::helper {

class LayerStack
{
public:
    // diffIds: "sha256:<hex>", bottom layer first (as rootfs.diff_ids); NotFound for a missing snapshot.
    static Result<LayerStack> open(const StateDir &state, const std::vector<std::string> &diffIds);
    // The same, from a container's record (its snapshots, bottom first).
    static Result<LayerStack> fromHex(const StateDir &state, const std::vector<std::string> &hexes);

    // The folder at path (absolute inside the image, a symlink followed as `ls path/` does) merged over the
    // layers: {exists, self, entries} where self and each entry are lstat objects (PROTOCOL.md); exists is
    // false when path is absent, whited out or not a folder.
    Result<nlohmann::json> list(const std::string &path) const;
    // A read-only descriptor of the regular file at path in the topmost layer that has it (a symlink as
    // the last component is not followed).
    Result<UniqueFd> openFile(const std::string &path) const;
    // The directories at path (relative, split) of the layers that show through, top first: stops at a
    // layer where it is whited out or no folder, and after a layer where it is opaque.
    std::vector<UniqueFd> directories(const std::vector<std::string> &parts) const;
    enum class LastComponent { Kept, Followed };
    // parts with every symlink before the last component (and that one when Followed) expanded as the
    // merged root shows it, top layer first: an absolute target starts again at /, `..` stops at /;
    // ELOOP (code InvalidArgument) after 40 links, as Linux.
    Result<std::vector<std::string>> resolve(const std::vector<std::string> &parts, LastComponent last) const;

    const std::vector<UniqueFd> &layers() const { return m_layers; }

private:
    Result<std::vector<std::string>> resolvedPath(const std::string &path, LastComponent last) const;

    std::vector<UniqueFd> m_layers;  // top first
};

bool isWhiteout(const struct stat &st);
bool isOpaqueDirectory(int dirFd);
// Appends folder (a layer's folder at some path) to the folders that show through; false when the layers
// below it are hidden: it is opaque, or it could not be opened.
bool appendShowingFolder(std::vector<UniqueFd> &folders, UniqueFd folder);
// {name, type: file|dir|symlink|other, mode, uid, gid, size, mtime, target (symlinks)} of name in dirFd.
nlohmann::json statEntry(int dirFd, const std::string &name, const struct stat &st);

} // namespace ponton::helper
